import { Text, View } from '@tarojs/components';
import type { ZoneCandidate } from '../../../types/models/zone';
import type { SchoolView } from '../../../types/models/school';
import { ContactButtons } from '../../components/contact-buttons';
import { AppButton } from '../../components/app-button';

const VIA_LABELS = { street: '按道路门牌', estate: '按小区', polygon: '按地图位置' } as const;

interface Props {
  school: SchoolView;
  candidate?: ZoneCandidate;
  chosen: boolean;
  /** Defaults to choosing the school for the application. */
  actionLabel?: string;
  onChoose: (school: SchoolView, candidate?: ZoneCandidate) => void;
}

/** One candidate school: why it matched, how to reach it, and the button to choose it. */
export function CandidateCard({ school, candidate, chosen, actionLabel, onChoose }: Props) {
  return (
    <View className={`card ${chosen ? 'selectable--active' : ''}`}>
      <View className="row">
        <Text className="card__title">{school.name}</Text>
        {candidate ? <Text className="tag tag--teal">{VIA_LABELS[candidate.via]}</Text> : null}
      </View>
      <Text className="list-item__meta">
        {school.districtName} · {school.largeDistrictName} · 计划招生 {school.capacity} 人
      </Text>
      {candidate ? (
        <View className="notice notice--info">
          <Text>匹配依据：{candidate.reason}</Text>
        </View>
      ) : null}
      <ContactButtons
        name={school.name}
        phone={school.phone}
        address={school.address}
        location={school.location}
      />
      <AppButton kind="primary" onClick={() => onChoose(school, candidate)}>
        {actionLabel ?? (chosen ? '已选择，下一步' : '选择此学校')}
      </AppButton>
    </View>
  );
}
