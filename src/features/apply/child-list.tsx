import { Text, View } from '@tarojs/components';
import type { Stage } from '../../../types/common';
import type { ChildView } from '../../../types/models/child';
import type { Season } from '../../../types/models/season';
import { SEX_LABELS } from '../../constants/labels';
import { formatDate } from '../../utils/format';
import { ELIGIBILITY_TITLE, eligibilityFor } from './eligibility';

interface Props {
  items: ChildView[];
  selectedId?: string;
  stage: Stage;
  season?: Season;
  onSelect: (child: ChildView) => void;
}

const TAG = { eligible: 'tag--green', over_age: 'tag', under_age: 'tag--orange' } as const;

export function ChildList({ items, selectedId, stage, season, onSelect }: Props) {
  return (
    <View>
      {items.map((child) => {
        const eligibility = eligibilityFor(child.birthDate, stage, season);
        const active = child.id === selectedId;
        return (
          <View
            key={child.id}
            className={`selectable ${active ? 'selectable--active' : ''}`}
            ariaRole="radio"
            aria-checked={active}
            onClick={() => onSelect(child)}
          >
            <View className="row">
              <Text className="list-item__title">
                {child.name}
                {active ? '（已选择）' : ''}
              </Text>
              {eligibility ? (
                <Text className={`tag ${TAG[eligibility.status]}`}>
                  {ELIGIBILITY_TITLE[eligibility.status]}
                </Text>
              ) : null}
            </View>
            <Text className="list-item__meta">
              {child.idMasked} · {SEX_LABELS[child.sex]} · {formatDate(child.birthDate)}出生
            </Text>
          </View>
        );
      })}
    </View>
  );
}
