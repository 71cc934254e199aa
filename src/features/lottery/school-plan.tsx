import { Text, View } from '@tarojs/components';
import type { PlacementOverview, SchoolPlan } from '../../../types/models/placement';
import { Notice } from '../../components/notice';
import { formatInstant } from '../../utils/format';

const FATE_TONES = { whole: 'green', draw: 'orange', full: 'grey' } as const;

interface Props {
  school: SchoolPlan;
  tierNames: PlacementOverview['tiers'];
  /** The list is final: a tier that needs a draw can have one scheduled. */
  canSchedule: boolean;
  onSchedule: (schoolId: string, tier: string) => void;
  onOpenDraw: (drawId: string) => void;
}

/**
 * One school in the console: its tiers in the order they are served, each with its head count, the seats
 * left when its turn comes, and what happens (all admitted, drawn, or the school is already full). Only
 * tiers with children are listed; a drawn tier links to its ceremony.
 */
export function SchoolPlanCard({ school, tierNames, canSchedule, onSchedule, onOpenDraw }: Props) {
  const name = (tier: string) => tierNames.find((t) => t.id === tier)?.name ?? tier;
  const rows = school.tiers.filter((t) => t.children > 0);
  const children = rows.reduce((n, t) => n + t.children, 0);
  return (
    <View className="card plan-school">
      <View className="row">
        <Text className="card__title">{school.schoolName}</Text>
        <Text className="muted">
          {children} 人 / {school.capacity} 个学位
        </Text>
      </View>
      {school.pendingVerification > 0 ? (
        <Notice
          tone="warning"
          title={`${school.pendingVerification} 份报名待核验，类别未定，暂不能安排摇号`}
        />
      ) : null}
      {rows.length === 0 ? <Text className="muted">暂无报名</Text> : null}
      {rows.map((t) => (
        <View key={t.tier} className="plan-tier">
          <Text className="plan-tier__name">{name(t.tier)}</Text>
          <Text className="plan-tier__count">
            {t.children} 人 · 剩余 {t.remaining} 学位
          </Text>
          <Text className={`tag tag--${FATE_TONES[t.fate]}`}>{t.fateLabel}</Text>
          {t.draw ? (
            <Text className="link plan-tier__action" onClick={() => onOpenDraw(t.draw!.drawId)}>
              {t.draw.statusLabel} · {formatInstant(t.draw.scheduledAt)} ›
            </Text>
          ) : t.fate === 'draw' && canSchedule ? (
            <Text className="link plan-tier__action" onClick={() => onSchedule(school.schoolId, t.tier)}>
              安排摇号 ›
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
