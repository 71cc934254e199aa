import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: ReactNode;
}

/** A labelled form row with an optional hint and a field-level error underneath. */
export function Field({ label, hint, error, required, children }: Props) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">
        {label}
        {required ? <Text className="field__required"> *</Text> : null}
      </Text>
      <View className="field__control">{children}</View>
      {error ? (
        <Text className="field__error">{error}</Text>
      ) : hint ? (
        <Text className="field__hint">{hint}</Text>
      ) : null}
    </View>
  );
}
