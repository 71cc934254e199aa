import { Text, View } from '@tarojs/components';
import type { SchoolView } from '../../../types/models/school';
import { STAGE_LABELS } from '../../constants/labels';

export function SchoolCard({ school, onOpen }: { school: SchoolView; onOpen: (id: string) => void }) {
  return (
    <View className="card" ariaRole="link" onClick={() => onOpen(school.id)}>
      <View className="row">
        <Text className="list-item__title">{school.name}</Text>
        <Text className="tag tag--teal">{school.largeDistrictName}</Text>
      </View>
      <Text className="list-item__meta">
        {school.districtName} · {STAGE_LABELS[school.stage]} · 计划招生 {school.capacity} 人
      </Text>
      <View>
        <Text className="muted">{school.address}</Text>
      </View>
    </View>
  );
}
