import Taro from '@tarojs/taro';

/**
 * Hands the record JSON to the person: a file download in the browser, the clipboard in WeChat (a
 * mini-program cannot save arbitrary files). Resolves with what happened, for the page to say so.
 */
export const downloadRecord = async (drawId: string, record: unknown): Promise<'file' | 'clipboard'> => {
  const json = `${JSON.stringify(record, null, 2)}\n`;
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `lottery-record-${drawId}.json`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return 'file';
  }
  await Taro.setClipboardData({ data: json });
  return 'clipboard';
};
