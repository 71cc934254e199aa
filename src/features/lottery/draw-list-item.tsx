import { Text, View } from '@tarojs/components';
import type { PublicDraw } from '../../../types/models/draw';
import { formatInstant } from '../../utils/format';
import { DRAW_STATUS_TAGS } from './draw-status';

export function DrawListItem({ draw, onOpen }: { draw: PublicDraw; onOpen: (drawId: string) => void }) {
  const tag = DRAW_STATUS_TAGS[draw.status];
  return (
    <View className="card draw-item" ariaRole="link" onClick={() => onOpen(draw.drawId)}>
      <View className="row">
        <Text className="list-item__title">{draw.schoolName}</Text>
        <Text className={`tag tag--${tag.tone}`}>{tag.label}</Text>
      </View>
      <Text className="list-item__meta">
        {draw.tierName} · 摇号时间 {formatInstant(draw.drawnAt ?? draw.scheduledAt)}
      </Text>
      <View>
        <Text className="muted">
          {draw.unitCount} 个摇号单位（{draw.applicantCount} 名儿童）争 {draw.seats} 个
          {draw.kind === 'shared' ? '空余学位' : '学位'}
        </Text>
      </View>
    </View>
  );
}
