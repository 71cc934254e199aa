import { Text, View } from '@tarojs/components';
import type { HelpedFamily } from '../../../types/models/helper';
import { formatInstant } from '../../utils/format';

/** Families whose authorisation is in force, soonest deadline first. */
export function FamilyList({
  families,
  onOpen,
}: {
  families: HelpedFamily[];
  onOpen: (f: HelpedFamily) => void;
}) {
  return (
    <View>
      {families.map((f) => (
        <View key={f.familyId} className="list-item selectable" ariaRole="link" onClick={() => onOpen(f)}>
          <View className="row">
            <Text className="list-item__title">{f.guardianName} 家</Text>
            <Text className="link">查看进度 ›</Text>
          </View>
          <Text className="list-item__meta">
            {f.scopeLabels.join('、')} · 授权至 {formatInstant(f.expiresAt)}
          </Text>
        </View>
      ))}
    </View>
  );
}
