import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children?: ReactNode;
}

/** A coloured message box; errors and warnings are announced to screen readers. */
export function Notice({ tone = 'info', title, children }: Props) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <View className={`notice notice--${tone}`} ariaRole={urgent ? 'alert' : undefined}>
      {title ? <Text className="notice__title">{title}</Text> : null}
      {children ? <View className="notice__body">{children}</View> : null}
    </View>
  );
}
