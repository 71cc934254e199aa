import { Text, View } from '@tarojs/components';
import type { MyDraw } from '../../../types/models/draw';
import { AppButton } from '../../components/app-button';
import { useConfirmedAction } from '../../services/use-confirmed-action';
import { formatInstant } from '../../utils/format';
import { acceptOffer } from './use-my-draws';

/**
 * A seat passed down the waitlist to this unit: says until when it is held, and accepts it after asking
 * (bound twins are admitted together, so the question names all of them).
 */
export function AcceptOfferButton({ draw, onDone }: { draw: MyDraw; onDone: () => void }) {
  const { run, busy } = useConfirmedAction(onDone);
  const accept = () =>
    run(
      {
        title: '确认递补学位？',
        content: `确认后，报名 ${draw.unit.join('、')} 将被${draw.schoolName}录取。`,
        confirmText: '确认递补',
        done: '已确认递补',
        failed: '确认失败',
      },
      () => acceptOffer(draw.applicationId),
    );

  return (
    <View className="notice notice--warning">
      <Text>
        有录取家庭放弃了学位，按摇号顺位递补给您。请在 {formatInstant(draw.offer!.expiresAt)}{' '}
        前确认，逾期学位将递补给下一位候补家庭。
      </Text>
      <AppButton kind="primary" loading={busy} onClick={() => void accept()}>
        确认递补学位
      </AppButton>
    </View>
  );
}
