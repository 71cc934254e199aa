import { Text, View } from '@tarojs/components';
import type { Season } from '../../../types/models/season';
import { formatInstant } from '../../utils/format';

export function SeasonBanner({ season }: { season?: Season }) {
  return (
    <View className="hero">
      <Text className="hero__title">入学一件事</Text>
      <Text className="hero__subtitle">{season ? season.name : '义务教育入学一站式办理'}</Text>
      {season ? (
        <Text className="hero__subtitle">
          网上报名：{formatInstant(season.applyOpensAt)} 至 {formatInstant(season.applyClosesAt)}
        </Text>
      ) : null}
    </View>
  );
}
