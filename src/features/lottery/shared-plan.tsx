import { Text, View } from '@tarojs/components';
import type { SharedPlan } from '../../../types/models/placement';
import { formatInstant } from '../../utils/format';

interface Props {
  plan: SharedPlan;
  onSchedule: (largeDistrictId: string) => void;
  onOpenDraw: (drawId: string) => void;
}

/**
 * A large district's shared seats in the console: how many families asked, and once every school draw has
 * run, how many still wait and how many seats the district's schools have left; then its ceremony.
 */
export function SharedPlanCard({ plan, onSchedule, onOpenDraw }: Props) {
  const known = plan.entrants !== undefined;
  return (
    <View className="card plan-school">
      <View className="row">
        <Text className="card__title">{plan.name} · 共享学位</Text>
        <Text className="muted">{plan.requests} 个单位申请</Text>
      </View>
      <Text className="muted">
        {known
          ? `本校摇号后仍在候补的申请 ${plan.entrants} 个单位，所选学校空余学位共 ${plan.spare} 个。`
          : '各校摇号全部完成后，才能确定仍在候补的申请和各校空余学位。'}
      </Text>
      {plan.draw ? (
        <Text className="link plan-tier__action" onClick={() => onOpenDraw(plan.draw!.drawId)}>
          {plan.draw.statusLabel} · {formatInstant(plan.draw.scheduledAt)} ›
        </Text>
      ) : plan.needed ? (
        <Text className="link plan-tier__action" onClick={() => onSchedule(plan.largeDistrictId)}>
          安排共享学位摇号 ›
        </Text>
      ) : known ? (
        <Text className="muted">
          {plan.entrants === 0 ? '无需摇号：没有仍在候补的申请。' : '无需摇号：已无空余学位。'}
        </Text>
      ) : null}
    </View>
  );
}
