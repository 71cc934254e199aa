import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { RankedUnit } from './rank-of';
import { resultLabel } from './rank-shared';

const FIRST = 50;

/**
 * Application numbers, one row per unit (bound siblings share a row). Long lists show the first rows and
 * unfold on request: a phone should not lay out thousands of rows nobody asked for.
 */
export function UnitList({
  units,
  ranked,
  nameOf = (schoolId) => schoolId,
}: {
  units: (RankedUnit | string)[];
  ranked?: boolean;
  /** A shared round's school names, for the school each unit was assigned. */
  nameOf?: (schoolId: string) => string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? units : units.slice(0, FIRST);
  return (
    <View className="unit-list">
      {shown.map((u, i) =>
        typeof u === 'string' ? (
          <View key={u} className="unit-row">
            <Text className="unit-row__no">{i + 1}</Text>
            <Text className="unit-row__key">{u.split('+').join('、')}</Text>
          </View>
        ) : (
          <View key={u.key} className="unit-row">
            <Text className="unit-row__no">{ranked ? `第 ${u.rank} 名` : u.rank}</Text>
            <Text className="unit-row__key">{u.members.join('、')}</Text>
            <Text className={`tag ${u.admitted ? 'tag--green' : 'tag--orange'}`}>
              {resultLabel(u, nameOf)}
            </Text>
          </View>
        ),
      )}
      {units.length > FIRST ? (
        <Text className="link" onClick={() => setAll(!all)}>
          {all ? '收起' : `显示全部 ${units.length} 个 ›`}
        </Text>
      ) : null}
    </View>
  );
}
