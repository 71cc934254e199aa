import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PlacementOverview, PlacementReport } from '../../../types/models/placement';
import { AppButton } from '../../components/app-button';
import { Notice } from '../../components/notice';
import { call } from '../../services/api-client';
import { useAction } from '../../services/use-action';

/**
 * The last step of the season: publish every family's result. The server refuses while anything is
 * missing; the button is only offered when the overview has no blockers, and says what it did.
 */
export function PublishResults({ overview, onDone }: { overview: PlacementOverview; onDone: () => void }) {
  const action = useAction();
  const [report, setReport] = useState<PlacementReport>();
  const ready = overview.blockers.length === 0;
  const publish = () =>
    action.run(async () => {
      setReport(await call('lottery', 'publish', { seasonId: overview.seasonId }));
      onDone();
    });
  return (
    <View>
      <Text className="muted">
        参加录取 {overview.placed} 人，已有结果 {overview.decided} 人；需摇号 {overview.drawsNeeded}{' '}
        场，已安排 {overview.drawsScheduled} 场，已完成 {overview.drawsDone} 场。
        {overview.withoutCategory > 0
          ? `另有 ${overview.withoutCategory} 人未符合任何类别，由教育局统筹安排。`
          : ''}
      </Text>
      {overview.blockers.length > 0 ? (
        <Notice tone="warning" title="暂不能公布录取结果">
          {overview.blockers.map((b) => (
            <Text key={b} className="prose__para">
              {b}
            </Text>
          ))}
        </Notice>
      ) : null}
      {action.error ? <Notice tone="error" title={action.error.message} /> : null}
      {report ? (
        <Notice tone="success" title="录取结果已公布">
          <Text>
            本次录取 {report.admitted} 人、候补 {report.waitlisted} 人，发出通知 {report.messages} 条；
            {report.unchanged} 人的结果此前已确定（摇号或已公布），未改变；核对摇号记录{' '}
            {report.recordsChecked} 份，全部一致。
          </Text>
        </Notice>
      ) : null}
      <AppButton kind="primary" disabled={!ready} loading={action.busy} onClick={() => void publish()}>
        公布录取结果
      </AppButton>
    </View>
  );
}
