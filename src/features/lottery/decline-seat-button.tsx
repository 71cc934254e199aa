import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { MyDraw } from '../../../types/models/draw';
import { AppButton } from '../../components/app-button';
import { toApiError } from '../../services/api-error';
import { declineSeat } from './use-my-draws';

/** Giving up a seat is final (the next family on the waitlist is offered it), so it asks first. */
export function DeclineSeatButton({ draw, onDone }: { draw: MyDraw; onDone: () => void }) {
  const [busy, setBusy] = useState(false);

  const decline = async () => {
    const { confirm } = await Taro.showModal({
      title: '确认放弃学位？',
      content: `放弃后，报名 ${draw.appNo} 在${draw.schoolName}的学位将按摇号顺位递补给候补家庭，本次报名随之撤回，不能恢复。`,
      confirmText: '确认放弃',
      cancelText: '再想想',
      confirmColor: '#c9302c',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await declineSeat(draw.applicationId);
      void Taro.showToast({ title: '已放弃学位', icon: 'success' });
      onDone();
    } catch (e) {
      void Taro.showModal({ title: '放弃失败', content: toApiError(e).message, showCancel: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppButton kind="danger" small loading={busy} onClick={() => void decline()}>
      放弃学位
    </AppButton>
  );
}
