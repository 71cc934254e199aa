import { Text, View } from '@tarojs/components';

/** A long published value (hash, seed, secret): wrapped, monospaced and selectable for copying. */
export function HashRow({ label, value }: { label: string; value: string }) {
  return (
    <View className="hash-row">
      <Text className="hash-row__label">{label}</Text>
      <Text className="hash-row__value" userSelect>
        {value}
      </Text>
    </View>
  );
}
