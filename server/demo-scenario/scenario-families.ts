import { makeIdNumber } from '../../domain/id-number/make-id-number';
import type { DepartmentFacts } from '../../types/models/department-facts';
import { addressElsewhere, addressInZone, LOCAL_REGION } from '../department-simulator/demo-addresses';
import type { HouseholdRecords } from '../department-simulator/household';
import { createRng, type Rng } from '../department-simulator/prng';
import { addDays, dateBetween } from '../department-simulator/synthetic-dates';
import { childrenOf, LOTTERY_SCHOOL_ID, SCENARIO_GROUPS, type ScenarioKind } from './scenario-plan';

export interface ScenarioChild {
  name: string;
  idNumber: string;
}

/** One family of the lottery demo: who logs in, what they type, and what the departments hold. */
export interface ScenarioFamily {
  /** The devLogin subject of the parent: the same person on every start. */
  subject: string;
  kind: ScenarioKind;
  schoolId: string;
  guardianName: string;
  guardianIdNumber: string;
  children: ScenarioChild[];
  records: HouseholdRecords;
  /** Other schools of the large district asked for as shared seats (R2.2), in order; absent: none asked. */
  sharedSchoolIds?: string[];
}

/**
 * Who asks for the large district's shared seats, so that the console has a shared round to hold: every
 * seventh 一类 family of 凤鸣小学 (some of them will still wait after its draw) and two of the 三类 ones (the
 * first opts in through the page in the E2E test; the last two do not ask and stay waitlisted). Both other
 * primary schools of 城北学区 have seats.
 */
const sharedWish = (kind: ScenarioKind, schoolId: string, n: number): string[] | undefined => {
  if (schoolId !== LOTTERY_SCHOOL_ID) return undefined;
  if (kind === 'owner' && n % 7 === 0) return ['s-north-2', 's-north-1'];
  if (kind === 'hukou_only' && (n === 1 || n === 2)) return ['s-north-2'];
  return undefined;
};

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const CHILD_NAMES = [
  '子涵',
  '欣怡',
  '浩宇',
  '梓萱',
  '雨桐',
  '宇轩',
  '一诺',
  '思远',
  '若曦',
  '俊熙',
  '语嫣',
  '沐阳',
];
const PARENT_NAMES = ['建华', '丽娟', '志强', '晓燕', '海波', '红梅', '国平', '秀英', '文博', '静怡'];
const MIGRANT_REGION = '511322';
const NONE = { military: { status: 'none' }, talent: { category: null } } as const;

const insured = (rng: Rng, min: number, max: number): DepartmentFacts['social_insurance'] => ({
  monthsPaid: rng.int(min, max),
  city: '青岚市',
  paidUpToDate: true,
});

/** What the departments hold, per kind; `relation` agrees with the guardian's sex in the ID number. */
const recordsOf = (kind: ScenarioKind, zoneId: string, rng: Rng, relation: 'father' | 'mother') => {
  const home = addressInZone(zoneId, rng);
  const moveInDate = dateBetween(rng, '2010-01-01', '2021-12-31');
  const hukou = { address: home, relation, moveInDate, sameHousehold: true };
  const owned: HouseholdRecords = {
    hukou,
    property: {
      owner: 'guardian_and_spouse',
      address: { ...home },
      share: 1,
      registeredOn: addDays(moveInDate, -rng.int(10, 200)),
    },
    social_insurance: insured(rng, 24, 150),
    ...NONE,
  };
  switch (kind) {
    case 'owner':
    case 'twins':
      return owned;
    case 'military':
      return { ...owned, military: { status: 'active' } } satisfies HouseholdRecords;
    case 'talent':
      return { ...owned, talent: { category: 'B类' } } satisfies HouseholdRecords;
    case 'hukou_only':
      return { hukou, social_insurance: insured(rng, 36, 150), ...NONE } satisfies HouseholdRecords;
    case 'renter':
      return {
        hukou: { ...hukou, address: addressElsewhere(rng) },
        residence_permit: {
          permitValid: true,
          validUntil: dateBetween(rng, '2027-01-01', '2028-12-31'),
          rentalRegistered: true,
          rentalAddress: home,
        },
        social_insurance: insured(rng, 24, 100),
        ...NONE,
      } satisfies HouseholdRecords;
  }
};

/**
 * The demo's families, the same on every start (a fixed seed, nothing read from the clock). ID numbers are
 * valid and unique by construction: family i's children are born on day i of the 2026 intake window (twins
 * share it) with sequence numbers 9xx, which neither the generated registry (2xx) nor the named demo
 * families (1xx) use.
 */
export const lotteryScenarioFamilies = (): ScenarioFamily[] => {
  const rng = createRng(20260831);
  const families: ScenarioFamily[] = [];
  for (const group of SCENARIO_GROUPS) {
    for (let n = 0; n < group.families; n++) {
      const i = families.length;
      const father = rng.chance(0.5);
      const surname = SURNAMES[i % SURNAMES.length]!;
      const birth = addDays('2019-09-01', i);
      const region = group.kind === 'renter' ? MIGRANT_REGION : LOCAL_REGION;
      const children = Array.from({ length: childrenOf(group.kind) }, (_, c) => ({
        name: `${surname}${CHILD_NAMES[(i + c) % CHILD_NAMES.length]}`,
        idNumber: makeIdNumber(LOCAL_REGION, birth, `9${c}${rng.int(0, 9)}`),
      }));
      const wish = sharedWish(group.kind, group.schoolId, n);
      families.push({
        subject: `lottery-demo-${String(i).padStart(3, '0')}`,
        kind: group.kind,
        schoolId: group.schoolId,
        guardianName: `${surname}${PARENT_NAMES[i % PARENT_NAMES.length]}`,
        guardianIdNumber: makeIdNumber(region, addDays('1982-01-01', 13 * i), father ? '931' : '932'),
        children,
        records: recordsOf(group.kind, group.zoneId, rng, father ? 'father' : 'mother'),
        ...(wish ? { sharedSchoolIds: wish } : {}),
      });
    }
  }
  return families;
};
