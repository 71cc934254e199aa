import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AppButton } from '../../components/app-button';
import { downloadRecord } from './download-record';

export function DownloadButton({ drawId, record }: { drawId: string; record: unknown }) {
  const [done, setDone] = useState<string>();
  const run = async () => {
    try {
      const how = await downloadRecord(drawId, record);
      setDone(
        how === 'file'
          ? `已下载 lottery-record-${drawId}.json`
          : '记录 JSON 已复制到剪贴板，可粘贴保存，用任何实现同一算法的程序核对',
      );
    } catch {
      setDone('未能下载，请稍后重试');
    }
  };
  return (
    <View>
      <AppButton kind="secondary" onClick={() => void run()}>
        下载记录
      </AppButton>
      {done ? <Text className="muted">{done}</Text> : null}
    </View>
  );
}
