import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PublicDraw } from '../../../types/models/draw';
import { AppButton } from '../../components/app-button';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { call } from '../../services/api-client';
import { useAction } from '../../services/use-action';
import { formatInstant, parseBeijingTime } from '../../utils/format';

/** What is scheduled: one school's tier, or a large district's shared seats (after every school draw). */
export type ScheduleTarget =
  { kind: 'school'; schoolId: string; tier: string } | { kind: 'shared'; largeDistrictId: string };

interface Props {
  seasonId: string;
  target: ScheduleTarget;
  /** From the server's clock: the publication lead (24 h) from now, rounded up to the hour. */
  earliestDrawAt: string;
  onScheduled: (draw: PublicDraw) => void;
}

/**
 * Fixing the list and publishing the commitment. After this the list cannot change, and the draw may run
 * no sooner than the time chosen here; the form says both before the staff member commits to them.
 */
export function ScheduleForm({ seasonId, target, earliestDrawAt, onScheduled }: Props) {
  const [when, setWhen] = useState(formatInstant(earliestDrawAt));
  const action = useAction();
  const at = parseBeijingTime(when);
  const submit = () =>
    action.run(async () => {
      if (!at) return;
      onScheduled(
        target.kind === 'shared'
          ? await call('lottery', 'scheduleShared', {
              seasonId,
              largeDistrictId: target.largeDistrictId,
              scheduledAt: at,
            })
          : await call('lottery', 'schedule', {
              seasonId,
              schoolId: target.schoolId,
              tier: target.tier,
              scheduledAt: at,
            }),
      );
    });
  return (
    <View>
      <Notice tone="info" title="安排后立即公示">
        <Text className="prose__para">
          系统将固定参加摇号的报名名单，并公示名单哈希和承诺值；此后名单不能再变，摇号须在公示至少 24
          小时后进行。
        </Text>
      </Notice>
      <Field
        label="摇号时间（北京时间）"
        hint={`最早 ${formatInstant(earliestDrawAt)}，格式如 2026-07-21 09:00`}
        error={when && !at ? '请按“年-月-日 时:分”填写，例如 2026-07-21 09:00' : undefined}
        required
      >
        <Input id="schedule-at" className="input" value={when} onInput={(e) => setWhen(e.detail.value)} />
      </Field>
      {action.error ? <Notice tone="error" title={action.error.message} /> : null}
      <AppButton kind="primary" disabled={!at} loading={action.busy} onClick={() => void submit()}>
        确认安排并公示
      </AppButton>
    </View>
  );
}
