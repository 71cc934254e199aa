import type { MyDraw } from '../../../types/models/draw';
import { AppButton } from '../../components/app-button';
import { useConfirmedAction } from '../../services/use-confirmed-action';
import { declineSeat } from './use-my-draws';

/** Giving up a seat is final (the next family on the waitlist is offered it), so it asks first. */
export function DeclineSeatButton({ draw, onDone }: { draw: MyDraw; onDone: () => void }) {
  const { run, busy } = useConfirmedAction(onDone);
  const decline = () =>
    run(
      {
        title: '确认放弃学位？',
        content: `放弃后，报名 ${draw.appNo} 在${draw.schoolName}的学位将按摇号顺位递补给候补家庭，本次报名随之撤回，不能恢复。`,
        confirmText: '确认放弃',
        destructive: true,
        done: '已放弃学位',
        failed: '放弃失败',
      },
      () => declineSeat(draw.applicationId),
    );

  return (
    <AppButton kind="danger" small loading={busy} onClick={() => void decline()}>
      放弃学位
    </AppButton>
  );
}
