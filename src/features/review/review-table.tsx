import { Text, View } from '@tarojs/components';
import type { ReviewRow } from '../../../types/models/application';
import { STAGE_LABELS } from '../../constants/labels';
import { formatInstant } from '../../utils/format';

const STATUS_TAG: Partial<Record<ReviewRow['status'], string>> = {
  approved: 'tag--green',
  admitted: 'tag--green',
  rejected: 'tag--red',
  returned: 'tag--orange',
  withdrawn: 'tag--grey',
};

/** The reviewer's list: whitelisted fields only, ID numbers masked by the backend. */
export function ReviewTable({ rows }: { rows: ReviewRow[] }) {
  return (
    <View className="review-table" ariaRole="table">
      {rows.map((row) => (
        <View key={row.id} className="card review-row" ariaRole="row">
          <View className="row">
            <Text className="list-item__title">{row.appNo}</Text>
            <Text className={`tag ${STATUS_TAG[row.status] ?? ''}`}>{row.statusLabel}</Text>
          </View>
          <View className="kv">
            <Text className="kv__key">儿童姓名</Text>
            <Text className="kv__value">{row.childName}</Text>
          </View>
          <View className="kv">
            <Text className="kv__key">身份证号</Text>
            <Text className="kv__value review-row__id">{row.idMasked}</Text>
          </View>
          <View className="kv">
            <Text className="kv__key">报名学校</Text>
            <Text className="kv__value">
              {row.schoolName}（{STAGE_LABELS[row.stage]}）
            </Text>
          </View>
          <View className="kv">
            <Text className="kv__key">入学类别</Text>
            <Text className="kv__value">{row.categoryName ?? '待核验后认定'}</Text>
          </View>
          <View className="kv">
            <Text className="kv__key">提交时间</Text>
            <Text className="kv__value">{formatInstant(row.submittedAt)}</Text>
          </View>
          <View className="chips">
            {row.greenChannel ? <Text className="tag tag--green">绿色通道</Text> : null}
            {row.boundWith ? (
              <Text className="tag">绑定摇号：{row.boundWith.filter((n) => n !== row.appNo).join('、')}</Text>
            ) : null}
            {row.needsManualZoneConfirmation ? <Text className="tag tag--orange">学区需人工确认</Text> : null}
            {row.eligibilityStatus === 'over_age' ? <Text className="tag">超龄</Text> : null}
            {row.eligibilityStatus === 'under_age' ? (
              <Text className="tag tag--red">未到入学年龄</Text>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}
