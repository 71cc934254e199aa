import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ApplicationView } from '../../../types/models/application';
import { AppButton } from '../../components/app-button';
import { ROUTES } from '../../constants/routes';
import { toApiError } from '../../services/api-error';
import { useAction } from '../../services/use-action';
import { goTo } from '../../utils/navigate';
import { canAskForSharedSeats } from './shared-eligibility';
import { cancelSharedSeats } from './use-my-applications';

/**
 * 大学区共享学位 on an application card (R2.2): the family's ordered wishes with 修改 / 取消申请, or, while the
 * child may still need a seat, one sentence and the way in. `sharedDrawId` is the large district's shared
 * round once scheduled: its list is fixed from then on, so nothing may change.
 */
export function SharedSeatsSection({
  application: a,
  sharedDrawId,
  onChanged,
}: {
  application: ApplicationView;
  sharedDrawId?: string;
  onChanged: () => void;
}) {
  const { run, busy } = useAction();
  const waiting = canAskForSharedSeats(a);
  const open = waiting && !sharedDrawId;
  const choice = a.sharedChoice;
  if (!choice && !open) return null;
  const sharedSeat = a.placement?.status === 'admitted' && a.placement.schoolId !== a.school.id;
  const edit = () => goTo(ROUTES.sharedSeats, { applicationId: a.id });

  const cancel = async () => {
    const { confirm } = await Taro.showModal({
      title: '取消共享学位申请？',
      content: a.binding
        ? '取消后，绑定的孩子一同退出大学区共享学位摇号。共享学位摇号安排前可以重新申请。'
        : '取消后，孩子不再参加大学区共享学位摇号。共享学位摇号安排前可以重新申请。',
      confirmText: '确认取消',
      cancelText: '再想想',
      confirmColor: '#c9302c',
    });
    if (!confirm) return;
    await run(async () => {
      try {
        await cancelSharedSeats(a.id);
        void Taro.showToast({ title: '已取消申请', icon: 'success' });
        onChanged();
      } catch (e) {
        // A dialog, like the card's other writes: the card has no room for a lasting error.
        void Taro.showModal({ title: '取消失败', content: toApiError(e).message, showCancel: false });
      }
    });
  };

  return (
    <View className="shared-seats">
      <Text className="subhead">大学区共享学位</Text>
      {choice && !open && !sharedSeat ? (
        // Decided without the shared round (or withdrawn): the wishes no longer matter, one line says so.
        <Text className="muted">
          {a.placement
            ? '已申请共享学位，结果见上方说明。'
            : `已申请共享学位；报名${a.statusLabel}，不再参加共享学位摇号。`}
        </Text>
      ) : choice ? (
        <View>
          <Text className="muted">
            {open
              ? '已申请。本校摇号后如仍未录取，将按以下顺序参加共享学位摇号：'
              : waiting
                ? '已申请。共享学位摇号已安排，申请不能再修改：'
                : '已申请的学校：'}
          </Text>
          {choice.schoolNames.map((name, i) => (
            <View key={choice.schoolIds[i] ?? name} className="shared-seats__choice">
              <Text className="shared-seats__order">{i + 1}.</Text>
              <Text>{name}</Text>
            </View>
          ))}
          {open ? (
            <View className="shared-seats__actions">
              <AppButton kind="secondary" small onClick={edit}>
                修改
              </AppButton>
              <AppButton kind="danger" small loading={busy} onClick={() => void cancel()}>
                取消申请
              </AppButton>
            </View>
          ) : null}
          {waiting && sharedDrawId ? (
            <Text className="link" onClick={() => goTo(ROUTES.drawDetail, { drawId: sharedDrawId })}>
              查看共享学位摇号公示 ›
            </Text>
          ) : null}
        </View>
      ) : (
        <View>
          <Text className="muted">本校摇号后如仍未录取，可按意愿参加本大学区其他学校空余学位的摇号。</Text>
          <View>
            <Text className="link" onClick={edit}>
              申请大学区共享学位 ›
            </Text>
          </View>
        </View>
      )}
    </View>
  );
}
