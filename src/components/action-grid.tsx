import { Text, View } from '@tarojs/components';

export interface ActionItem {
  label: string;
  desc: string;
  /** One character drawn in the round badge (no emoji: not every device has the font). */
  badge: string;
  tone?: 'blue' | 'teal' | 'orange' | 'purple' | 'green';
  /** A small red count on the badge (unread messages); nothing when 0 or unknown. */
  count?: number;
  onClick: () => void;
}

export function ActionGrid({ items }: { items: ActionItem[] }) {
  return (
    <View className="action-grid">
      {items.map((item) => (
        <View key={item.label} className="action-grid__item" ariaRole="button" onClick={item.onClick}>
          <View className={`action-grid__badge action-grid__badge--${item.tone ?? 'blue'}`}>
            <Text>{item.badge}</Text>
            {item.count ? (
              <View className="action-grid__count" ariaLabel={`${item.count} 条未读`}>
                <Text>{item.count > 99 ? '99+' : item.count}</Text>
              </View>
            ) : null}
          </View>
          <Text className="action-grid__label">{item.label}</Text>
          <Text className="action-grid__desc">{item.desc}</Text>
        </View>
      ))}
    </View>
  );
}
