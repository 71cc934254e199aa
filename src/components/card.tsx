import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  title?: string;
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Card({ title, extra, className, children }: Props) {
  return (
    <View className={`card ${className ?? ''}`}>
      {title || extra ? (
        <View className="card__head">
          {title ? <Text className="card__title">{title}</Text> : null}
          {extra}
        </View>
      ) : null}
      {children}
    </View>
  );
}
