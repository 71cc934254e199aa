import { Text, View } from '@tarojs/components';

/** The applications that draw as one unit with this one (twins/multiples, R2.1). */
export function BindingTag({ appNos }: { appNos: string[] }) {
  return (
    <View className="chips">
      <Text className="tag tag--green">已绑定：{appNos.join('、')}</Text>
    </View>
  );
}
