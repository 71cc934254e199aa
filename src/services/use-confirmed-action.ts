import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { toApiError } from './api-error';

/** What a step the user must confirm asks first, and what it says afterwards. */
export interface ConfirmedStep {
  title: string;
  content: string;
  confirmText: string;
  /** A step that gives something up (withdraw, unbind, a seat) is confirmed in red. */
  destructive?: boolean;
  /** The toast once it is done, and the title of the dialog that says why it failed. */
  done: string;
  failed: string;
}

/**
 * A write that is final for the family, so it asks first: the question, then the write once, then a toast
 * and `onDone`, or the reason it failed in a dialog. A second tap while it runs is ignored.
 */
export function useConfirmedAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  const run = async (step: ConfirmedStep, work: () => Promise<unknown>): Promise<void> => {
    if (running.current) return;
    const { confirm } = await Taro.showModal({
      title: step.title,
      content: step.content,
      confirmText: step.confirmText,
      cancelText: '再想想',
      ...(step.destructive ? { confirmColor: '#c9302c' } : {}),
    });
    if (!confirm) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
      void Taro.showToast({ title: step.done, icon: 'success' });
      onDone();
    } catch (e) {
      void Taro.showModal({ title: step.failed, content: toApiError(e).message, showCancel: false });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return { run, busy };
}
