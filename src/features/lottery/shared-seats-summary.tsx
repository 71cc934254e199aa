import { Text, View } from '@tarojs/components';
import type { SharedDrawRecordView } from '../../../types/models/draw';

/**
 * What a shared round did to each school's spare seats, as published in the record: the seats before the
 * round, and after it (below zero when twins took the last seat together).
 */
export function SharedSeatsSummary({
  record,
  nameOf,
}: {
  record: Pick<SharedDrawRecordView, 'spare' | 'spareAfter' | 'assignments'>;
  nameOf: (schoolId: string) => string;
}) {
  const results = Object.values(record.assignments);
  const placed = results.filter((schoolId) => schoolId !== null).length;
  return (
    <View>
      <Text className="muted">
        {results.length} 个摇号单位中 {placed} 个分配到学位
        {placed < results.length ? `，${results.length - placed} 个未分配（所填学校均已无空余学位）` : ''}。
      </Text>
      <View className="spare-row spare-row--head">
        <Text className="spare-row__name">学校</Text>
        <Text className="spare-row__num">摇号前</Text>
        <Text className="spare-row__num">摇号后</Text>
      </View>
      {Object.entries(record.spare).map(([schoolId, before]) => (
        <View key={schoolId} className="spare-row">
          <Text className="spare-row__name">{nameOf(schoolId)}</Text>
          <Text className="spare-row__num">{before}</Text>
          <Text className="spare-row__num">{record.spareAfter[schoolId] ?? before}</Text>
        </View>
      ))}
    </View>
  );
}
