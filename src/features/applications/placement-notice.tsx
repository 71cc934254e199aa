import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '../../../types/models/application';
import type { Placement } from '../../../types/models/placement';
import { ROUTES } from '../../constants/routes';
import { goTo } from '../../utils/navigate';

/**
 * The published result and its reason. A shared-seat admission places the child at another school of the
 * large district than the one on the card's title, so it says so in words before the reason.
 */
export function PlacementNotice({
  application: a,
  placement: p,
}: {
  application: ApplicationView;
  placement: Placement;
}) {
  const admitted = p.status === 'admitted';
  const elsewhere = admitted && p.schoolId !== a.school.id;
  return (
    <View className={`notice ${admitted ? 'notice--success' : 'notice--warning'}`}>
      {admitted ? <Text className="notice__title">录取学校：{p.schoolName}</Text> : null}
      <View className="notice__body">
        {elsewhere ? (
          <View>
            <Text>
              通过大学区共享学位录取，不是报名时填写的{a.school.name}。入学报到请以{p.schoolName}的通知为准。
            </Text>
          </View>
        ) : null}
        <Text>{p.reason}</Text>
        {p.drawId ? (
          <View>
            <Text className="notice__link" onClick={() => goTo(ROUTES.drawDetail, { drawId: p.drawId })}>
              查看摇号记录 ›
            </Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}
