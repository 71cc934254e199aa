import Taro from '@tarojs/taro';
import { applicationTemplateIds } from '../../constants/subscribe-templates';

/**
 * Weapp only: asks the parent to accept the application's subscribe messages. WeChat allows the prompt
 * only inside a tap, so it must be called synchronously from the submit tap, before any await. Refusing,
 * or the call failing, never blocks the submission: the message centre shows every message anyway.
 */
export async function askToSubscribe(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  const tmplIds = applicationTemplateIds();
  if (tmplIds.length === 0) return;
  try {
    // Taro's typing also demands Alipay's `entityIds`; WeChat takes `tmplIds` alone.
    await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
  } catch {
    // Refused, "always reject" set, or templates not configured: submit regardless.
  }
}
