import { AppButton } from '../../components/app-button';
import { useConfirmedAction } from '../../services/use-confirmed-action';
import { unbindSiblings } from './use-my-applications';

/** Unbinding is allowed until the deadline; it asks first because the siblings then draw separately. */
export function UnbindButton({
  binding,
  onDone,
}: {
  binding: { groupId: string; appNos: string[] };
  onDone: () => void;
}) {
  const { run, busy } = useConfirmedAction(onDone);
  const unbind = () =>
    run(
      {
        title: '确认解除绑定？',
        content: `解除后，${binding.appNos.join('、')} 将各自单独摇号，不再保证同校录取。报名截止前可以重新绑定。`,
        confirmText: '确认解除',
        destructive: true,
        done: '已解除绑定',
        failed: '解除失败',
      },
      () => unbindSiblings(binding.groupId),
    );

  return (
    <AppButton kind="secondary" loading={busy} onClick={() => void unbind()}>
      解除绑定
    </AppButton>
  );
}
