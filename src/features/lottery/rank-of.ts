import type { SchoolDrawRecordView } from '../../../types/models/draw';

export interface RankedUnit {
  key: string;
  members: string[];
  rank: number;
  admitted: boolean;
  /** A shared-seat round's unit: the school it was assigned, null when none of its wishes had a seat. */
  schoolId?: string | null;
}

/** The ranking as the page shows it: unit keys join bound siblings with "+"; a unit is admitted whole. */
export const rankedUnits = (record: SchoolDrawRecordView): RankedUnit[] => {
  const admitted = new Set(record.admitted);
  return record.ranking.map((key, i) => {
    const members = key.split('+');
    return { key, members, rank: i + 1, admitted: members.every((m) => admitted.has(m)) };
  });
};

/** The unit holding this application number, or undefined (numbers are matched exactly, trimmed). */
export const findUnit = <T extends { members: string[] }>(units: T[], appNo: string): T | undefined => {
  const wanted = appNo.trim().toUpperCase();
  return wanted ? units.find((u) => u.members.some((m) => m.toUpperCase() === wanted)) : undefined;
};
