import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AppButton } from '../../components/app-button';
import { toApiError } from '../../services/api-error';
import { unbindSiblings } from './use-my-applications';

/** Unbinding is allowed until the deadline; it asks first because the siblings then draw separately. */
export function UnbindButton({
  binding,
  onDone,
}: {
  binding: { groupId: string; appNos: string[] };
  onDone: () => void;
}) {
  const [busy, setBusy] = useState(false);

  const unbind = async () => {
    const { confirm } = await Taro.showModal({
      title: '确认解除绑定？',
      content: `解除后，${binding.appNos.join('、')} 将各自单独摇号，不再保证同校录取。报名截止前可以重新绑定。`,
      confirmText: '确认解除',
      cancelText: '再想想',
      confirmColor: '#c9302c',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await unbindSiblings(binding.groupId);
      void Taro.showToast({ title: '已解除绑定', icon: 'success' });
      onDone();
    } catch (e) {
      void Taro.showModal({ title: '解除失败', content: toApiError(e).message, showCancel: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppButton kind="secondary" loading={busy} onClick={() => void unbind()}>
      解除绑定
    </AppButton>
  );
}
