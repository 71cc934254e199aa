import type { SharedDrawRecordView } from '../../../types/models/draw';
import type { RankedUnit } from './rank-of';

/**
 * A shared-seat round's ranking as the page shows it: each unit with the school it was assigned, or null
 * (未分配). "Admitted" means assigned, so the rank finder and the list read it like a school draw.
 */
export const rankedShared = (record: Pick<SharedDrawRecordView, 'ranking' | 'assignments'>): RankedUnit[] =>
  record.ranking.map((key, i) => {
    // Own keys only: an application number may well be spelled "constructor".
    const own = Object.prototype.hasOwnProperty.call(record.assignments, key);
    const schoolId = own ? (record.assignments[key] ?? null) : null;
    return { key, members: key.split('+'), rank: i + 1, admitted: schoolId !== null, schoolId };
  });

/** The tag of a ranked unit: 录取 / 候补 in a school draw, the assigned school's name or 未分配 in a shared round. */
export const resultLabel = (unit: RankedUnit, nameOf: (schoolId: string) => string): string =>
  unit.schoolId === undefined
    ? unit.admitted
      ? '录取'
      : '候补'
    : unit.schoolId
      ? nameOf(unit.schoolId)
      : '未分配';
