import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CheckResult } from '../../../types/models/verification';
import { Toggle } from '../../components/toggle';
import { DEPARTMENT_SUBJECTS } from '../../constants/labels';
import { OutcomeBadge } from './outcome-badge';

interface Props {
  check: CheckResult;
  /** Offered while the parent has not confirmed yet, and only for what a department actually said. */
  canDispute: boolean;
  disputed: boolean;
  onDispute: (disputed: boolean) => void;
  children?: ReactNode;
}

/** One department's answer as the parent reads it, with the "信息有误" switch and any upload below it. */
export function CheckRow({ check, canDispute, disputed, onDispute, children }: Props) {
  return (
    <View className={`check check--${check.outcome}`} id={`check-${check.kind}`}>
      <View className="check__head">
        <OutcomeBadge check={check} />
        <Text className="check__subject">{DEPARTMENT_SUBJECTS[check.kind]}</Text>
        {check.disputed ? <Text className="tag tag--orange">已标注有误</Text> : null}
      </View>
      <Text className="check__summary">{check.summary}</Text>
      {canDispute ? (
        <Toggle
          id={`dispute-${check.kind}`}
          kind="checkbox"
          label="信息有误"
          checked={disputed}
          onChange={onDispute}
        />
      ) : null}
      {children}
    </View>
  );
}
