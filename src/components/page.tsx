import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  title?: string;
  subtitle?: string;
  children: ReactNode;
}

/** The frame of every page: an optional heading and comfortable padding. */
export function Page({ title, subtitle, children }: Props) {
  return (
    <View className="page">
      {title ? (
        <View className="page__header">
          <Text className="page__title">{title}</Text>
          {subtitle ? <Text className="page__subtitle">{subtitle}</Text> : null}
        </View>
      ) : null}
      {children}
    </View>
  );
}
