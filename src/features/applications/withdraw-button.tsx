import type { ApplicationView } from '../../../types/models/application';
import { AppButton } from '../../components/app-button';
import { useConfirmedAction } from '../../services/use-confirmed-action';
import { withdrawApplication } from './use-my-applications';

/** Withdrawing is final for this application, so it asks first and says what happens next. */
export function WithdrawButton({
  application,
  onDone,
}: {
  application: ApplicationView;
  onDone: () => void;
}) {
  const { run, busy } = useConfirmedAction(onDone);
  const withdraw = () =>
    run(
      {
        title: '确认撤回报名？',
        content: `撤回后，${application.child.name}在${application.school.name}的报名（${application.appNo}）将失效，撤回截止前可以重新报名。`,
        confirmText: '确认撤回',
        destructive: true,
        done: '已撤回',
        failed: '撤回失败',
      },
      () => withdrawApplication(application.id),
    );

  return (
    <AppButton kind="danger" loading={busy} onClick={() => void withdraw()}>
      撤回报名
    </AppButton>
  );
}
