import { Text, View } from '@tarojs/components';
import type { Policy } from '../../../types/models/content';
import { formatDate } from '../../utils/format';

/** Policy text as published: paragraphs split on blank lines, lines starting with '#' as headings. */
export function PolicyBody({ policy }: { policy: Policy }) {
  const blocks = policy.body
    .split(/\n{2,}|\r\n\r\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return (
    <View>
      <Text className="page__title">{policy.title}</Text>
      <View>
        <Text className="muted">
          {policy.issuer} · 发布于 {formatDate(policy.publishedOn)}
        </Text>
      </View>
      <View className="notice notice--info">
        <Text>{policy.summary}</Text>
      </View>
      <View className="prose">
        {blocks.map((block, i) =>
          block.startsWith('#') ? (
            <Text key={i} className="prose__heading">
              {block.replace(/^#+\s*/, '')}
            </Text>
          ) : (
            <Text key={i} className="prose__para">
              {block}
            </Text>
          ),
        )}
      </View>
    </View>
  );
}
