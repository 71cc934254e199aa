import { Text, View } from '@tarojs/components';
import type { FamilyProgress } from '../../../types/models/helper';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { APPLICATION_STATUS_LABELS, STAGE_LABELS } from '../../constants/labels';
import { formatInstant } from '../../utils/format';

/**
 * One family's progress as the authorisation allows: masked ID numbers, schools, statuses with their
 * timelines, draw results. The helper explains it to the guardian; nothing here can be changed.
 */
export function FamilyProgressView({ family }: { family: FamilyProgress }) {
  return (
    <View>
      <Card title="孩子">
        {family.children.length === 0 ? <EmptyState text="家长尚未添加孩子" /> : null}
        {family.children.map((c) => (
          <View key={c.id} className="kv">
            <Text className="kv__key">{c.name}</Text>
            <Text className="kv__value">{c.idMasked}</Text>
          </View>
        ))}
      </Card>
      <Card title="报名进度">
        {family.applications.length === 0 ? <EmptyState text="暂无报名" /> : null}
        {family.applications.map((a) => (
          <View key={a.id} className="list-item">
            <View className="row">
              <Text className="list-item__title">
                {a.childName} · {a.schoolName}
              </Text>
              <Text className="tag">{a.statusLabel}</Text>
            </View>
            <Text className="list-item__meta">
              报名编号 {a.appNo} · {STAGE_LABELS[a.stage]} · 提交于 {formatInstant(a.submittedAt)}
            </Text>
            {a.timeline.map((e) => (
              <Text key={`${e.status}-${e.at}`} className="helper-timeline muted">
                {formatInstant(e.at)} {APPLICATION_STATUS_LABELS[e.status]}：{e.note}
              </Text>
            ))}
          </View>
        ))}
      </Card>
      {family.draws.length > 0 ? (
        <Card title="摇号结果">
          {family.draws.map((d) => (
            <View key={`${d.applicationId}-${d.tierName}`} className="list-item">
              <Text className="list-item__title">
                {d.appNo} · {d.schoolName}（{d.tierName}）
              </Text>
              <Text className="list-item__meta">
                顺位 {d.rank} / {d.of} · {d.resultLabel}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
    </View>
  );
}
