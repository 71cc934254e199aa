/**
 * The lottery demo's cast, by numbers: one primary school oversubscribed inside its first category, and a
 * few families elsewhere who all fit. 凤鸣小学 (s-north-3) has 135 seats; its green-channel families are
 * served first, so 一类 competes for 135 − 4 = 131 seats with 143 units (140 single children and 3 bound
 * twin pairs, 146 children in all). The 三类 families behind them find no seat left either.
 */
export type ScenarioKind =
  | 'owner' // 一类: hukou and owned home at one address in the zone
  | 'twins' // 一类, two children born the same day, bound for the draw
  | 'military' // 一类 records plus an active serviceman: green channel
  | 'talent' // 一类 records plus a recognised talent: green channel
  | 'hukou_only' // hukou in the zone for years, no property there: 三类
  | 'renter'; // hukou elsewhere, registered rental in the zone, insured: 随迁子女

export interface ScenarioGroup {
  kind: ScenarioKind;
  zoneId: string;
  schoolId: string;
  families: number;
}

export const LOTTERY_SCHOOL_ID = 's-north-3';
export const LOTTERY_TIER = 'class-1';

export const SCENARIO_GROUPS: readonly ScenarioGroup[] = [
  { kind: 'owner', zoneId: 'z-north-3', schoolId: LOTTERY_SCHOOL_ID, families: 140 },
  { kind: 'twins', zoneId: 'z-north-3', schoolId: LOTTERY_SCHOOL_ID, families: 3 },
  { kind: 'military', zoneId: 'z-north-3', schoolId: LOTTERY_SCHOOL_ID, families: 2 },
  { kind: 'talent', zoneId: 'z-north-3', schoolId: LOTTERY_SCHOOL_ID, families: 2 },
  { kind: 'hukou_only', zoneId: 'z-north-3', schoolId: LOTTERY_SCHOOL_ID, families: 5 },
  // Below capacity: these schools admit everyone, so scheduling a draw there answers LOTTERY.NOT_NEEDED.
  { kind: 'owner', zoneId: 'z-north-1', schoolId: 's-north-1', families: 10 },
  { kind: 'renter', zoneId: 'z-south-2', schoolId: 's-south-2', families: 8 },
  { kind: 'owner', zoneId: 'z-west-1', schoolId: 's-west-1', families: 6 },
];

/** How many children a family of this kind applies for. */
export const childrenOf = (kind: ScenarioKind): number => (kind === 'twins' ? 2 : 1);
