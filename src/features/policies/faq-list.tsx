import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Faq } from '../../../types/models/content';

/** Questions grouped by topic; tap a question to read its answer. */
export function FaqList({ items }: { items: Faq[] }) {
  const [open, setOpen] = useState<string>();
  const topics = [...new Set(items.map((f) => f.topic))];
  return (
    <View>
      {topics.map((topic) => (
        <View key={topic}>
          <Text className="tag tag--teal faq__topic">{topic}</Text>
          {items
            .filter((f) => f.topic === topic)
            .map((faq) => (
              <View
                key={faq.id}
                className="list-item"
                ariaRole="button"
                onClick={() => setOpen(open === faq.id ? undefined : faq.id)}
              >
                <View className="row">
                  <Text className="list-item__title">问：{faq.question}</Text>
                  <Text className="muted faq__toggle">{open === faq.id ? '收起' : '展开'}</Text>
                </View>
                {open === faq.id ? <Text className="prose">答：{faq.answer}</Text> : null}
              </View>
            ))}
        </View>
      ))}
    </View>
  );
}
