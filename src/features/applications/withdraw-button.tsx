import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '../../../types/models/application';
import { toApiError } from '../../services/api-error';
import { withdrawApplication } from './use-my-applications';
import { AppButton } from '../../components/app-button';

/** Withdrawing is final for this application, so it asks first and says what happens next. */
export function WithdrawButton({
  application,
  onDone,
}: {
  application: ApplicationView;
  onDone: () => void;
}) {
  const [busy, setBusy] = useState(false);

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '确认撤回报名？',
      content: `撤回后，${application.child.name}在${application.school.name}的报名（${application.appNo}）将失效，撤回截止前可以重新报名。`,
      confirmText: '确认撤回',
      cancelText: '再想想',
      confirmColor: '#c9302c',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await withdrawApplication(application.id);
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      onDone();
    } catch (e) {
      void Taro.showModal({ title: '撤回失败', content: toApiError(e).message, showCancel: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppButton kind="danger" loading={busy} onClick={() => void withdraw()}>
      撤回报名
    </AppButton>
  );
}
