import { Text, View } from '@tarojs/components';
import type { DrawDetail } from '../../../types/models/draw';
import { formatInstant } from '../../utils/format';
import { DRAW_STATUS_TAGS } from './draw-status';
import { HashRow } from './hash-row';

/** The head of a draw's page: which school and tier, when, how many for how many seats, and the hashes. */
export function DrawSummary({ detail }: { detail: DrawDetail }) {
  const tag = DRAW_STATUS_TAGS[detail.status];
  return (
    <View>
      <View className="row">
        <Text className="card__title">{detail.schoolName}</Text>
        <Text className={`tag tag--${tag.tone}`}>{tag.label}</Text>
      </View>
      <View className="kv">
        <Text className="kv__key">类别</Text>
        <Text className="kv__value">{detail.tierName}</Text>
      </View>
      <View className="kv">
        <Text className="kv__key">摇号时间</Text>
        <Text className="kv__value">{formatInstant(detail.scheduledAt)}</Text>
      </View>
      {detail.drawnAt ? (
        <View className="kv">
          <Text className="kv__key">实际摇号</Text>
          <Text className="kv__value">{formatInstant(detail.drawnAt)}</Text>
        </View>
      ) : null}
      <View className="kv">
        <Text className="kv__key">人数与学位</Text>
        <Text className="kv__value">
          {detail.unitCount} 个摇号单位（{detail.applicantCount} 名儿童），{detail.seats} 个
          {detail.kind === 'shared' ? '空余学位（申请人所选学校合计）' : '学位'}
        </Text>
      </View>
      {detail.kind === 'shared' ? (
        <Text className="muted">
          参加者：本校摇号后仍在候补、并申请了大学区共享学位的报名。按摇号顺序，依次分配到各自所填学校中第一所还有空余学位的学校。
        </Text>
      ) : null}
      <HashRow label="承诺值 commitment" value={detail.commitment} />
      <HashRow label="名单哈希 listHash" value={detail.listHash} />
    </View>
  );
}
