import { Text, View } from '@tarojs/components';
import type { MessageView } from '../../../types/models/message';
import { formatInstant } from '../../utils/format';

export function MessageItem({ message, onOpen }: { message: MessageView; onOpen: (m: MessageView) => void }) {
  const m = message;
  return (
    <View
      className={`message-item${m.read ? '' : ' message-item--unread'}`}
      ariaRole="link"
      onClick={() => onOpen(m)}
    >
      <View className="message-item__head">
        {m.read ? null : <View className="message-item__dot" ariaLabel="未读" />}
        <Text className="list-item__title">{m.title}</Text>
      </View>
      <Text className="message-item__body">{m.body}</Text>
      <Text className="list-item__meta">
        {formatInstant(m.at)}
        {m.appNo ? ` · 报名编号 ${m.appNo}` : ''}
        {m.read ? ' · 已读' : ''}
      </Text>
    </View>
  );
}
