import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AppButton } from '../../components/app-button';
import { verifyOnDevice, type DeviceCheck } from './verify-on-device';

/** 在本机验证: anyone can check that the published ranking follows from the published inputs. */
export function VerifyButton({ record }: { record: unknown }) {
  const [running, setRunning] = useState(false);
  const [check, setCheck] = useState<DeviceCheck>();
  const run = () => {
    setRunning(true);
    setCheck(undefined);
    // Let the button show its busy state before the (synchronous) recomputation takes the thread.
    setTimeout(() => {
      setCheck(verifyOnDevice(record));
      setRunning(false);
    }, 30);
  };
  return (
    <View>
      <AppButton kind="primary" loading={running} onClick={run}>
        在本机验证
      </AppButton>
      {check ? (
        <View className={`notice ${check.valid ? 'notice--success' : 'notice--error'}`} ariaRole="status">
          <Text className="notice__title">
            {check.valid ? '验证通过' : `验证失败：${check.field}`}（用时 {check.ms} 毫秒）
          </Text>
          <Text className="notice__body">
            {check.valid
              ? '本机按公开的算法、名单、秘密值和公开随机数重新摇号，结果与公示完全一致。'
              : '本机重新计算的结果与公示记录不一致，请以教育局公示原件为准并向招生办反映。'}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
