import { Text, View } from '@tarojs/components';
import type { SchoolView } from '../../../types/models/school';
import { Card } from '../../components/card';
import { ContactButtons } from '../../components/contact-buttons';
import { STAGE_LABELS } from '../../constants/labels';

export function SchoolDetailView({ school }: { school: SchoolView }) {
  return (
    <View>
      <View className="page__header">
        <Text className="page__title">{school.name}</Text>
        <Text className="page__subtitle">
          {school.districtName} · {school.largeDistrictName}
        </Text>
      </View>
      <Card title="招生信息">
        <View className="kv">
          <Text className="kv__key">学段</Text>
          <Text className="kv__value">{STAGE_LABELS[school.stage]}</Text>
        </View>
        <View className="kv">
          <Text className="kv__key">计划招生</Text>
          <Text className="kv__value">{school.capacity} 人</Text>
        </View>
      </Card>
      <Card title="联系学校">
        <ContactButtons
          name={school.name}
          phone={school.phone}
          address={school.address}
          location={school.location}
        />
      </Card>
      <Card title="学校简介">
        <Text className="prose">{school.intro}</Text>
      </Card>
    </View>
  );
}
