import { Text, View } from '@tarojs/components';
import type { PolicySummary } from '../../../types/models/content';
import { formatDate } from '../../utils/format';

export function PolicyItem({ policy, onOpen }: { policy: PolicySummary; onOpen: (id: string) => void }) {
  return (
    <View className="list-item" ariaRole="link" onClick={() => onOpen(policy.id)}>
      <Text className="list-item__title">{policy.title}</Text>
      <Text className="list-item__meta">
        {policy.issuer} · {formatDate(policy.publishedOn)}
      </Text>
      <Text className="muted">{policy.summary}</Text>
    </View>
  );
}
