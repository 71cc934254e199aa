import { Text, View } from '@tarojs/components';

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="loading">
      <View className="loading__dot" />
      <Text className="loading__text">{text}</Text>
    </View>
  );
}
