import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

export function EmptyState({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <View className="empty">
      <Text className="empty__text">{text}</Text>
      {children}
    </View>
  );
}
