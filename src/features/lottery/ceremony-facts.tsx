import { Text, View } from '@tarojs/components';
import type { DrawDetail, SchoolDrawRecordView } from '../../../types/models/draw';
import { HashRow } from './hash-row';

/** What was revealed and witnessed at the ceremony: the inputs of the draw and who saw them. */
export function CeremonyFacts({
  detail,
  record,
}: {
  detail: DrawDetail;
  /** Either kind of record: these three fields are common to both. */
  record: Pick<SchoolDrawRecordView, 'seed' | 'secret' | 'publicEntropy'>;
}) {
  return (
    <View>
      <HashRow label="随机种子 seed" value={record.seed} />
      <HashRow label="秘密值 secret（摇号后揭晓）" value={record.secret} />
      <HashRow label="现场公开随机数" value={record.publicEntropy} />
      <Text className="subhead">现场观察员</Text>
      {detail.observers.length === 0 ? <Text className="muted">未登记</Text> : null}
      {detail.observers.map((o, i) => (
        <View key={`${o.role}-${i}`} className="kv">
          <Text className="kv__key">{o.role}</Text>
          <Text className="kv__value">{o.name}</Text>
        </View>
      ))}
      <Text className="subhead">公证意见</Text>
      <Text className="prose__para">{detail.notaryAttestation ?? '无'}</Text>
    </View>
  );
}
