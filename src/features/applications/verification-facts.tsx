import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '../../../types/models/application';
import { GREEN_CHANNEL_KINDS, GREEN_CHANNEL_LABEL } from '../../constants/labels';

/** What 一键核 decided for this application: its category, the green channel, or that it still waits. */
export function VerificationFacts({ application: a }: { application: ApplicationView }) {
  return (
    <View className="verification-facts">
      {a.greenChannel ? (
        <View className="verification-facts__green">
          <Text className="tag tag--green">{GREEN_CHANNEL_LABEL}</Text>
          <Text className="muted">
            {GREEN_CHANNEL_KINDS[a.greenChannel.kind]}：{a.greenChannel.detail}
          </Text>
        </View>
      ) : null}
      {a.category ? (
        <View className="kv">
          <Text className="kv__key">入学类别</Text>
          <Text className="kv__value">{a.category.name}</Text>
        </View>
      ) : null}
      {a.category ? <Text className="muted">{a.category.explanation}</Text> : null}
      {a.status === 'pending_verification' ? (
        <View className="notice notice--info">
          <Text>
            部分部门数据暂时无法查询，您的报名已经受理。系统会自动重新核验，完成后状态会变为“已提交”，您无需任何操作。
          </Text>
        </View>
      ) : null}
    </View>
  );
}
