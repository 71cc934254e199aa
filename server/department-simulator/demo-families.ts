import { makeIdNumber } from '../../domain/id-number/make-id-number';
import type { Household, HouseholdProfile, HouseholdRecords } from './household';

export interface DemoFamily {
  guardianName: string;
  guardianIdNumber: string;
  childName: string;
  childIdNumber: string;
  /** All born 2019-09-01…2020-08-31: six full years on 2026-08-31, the 2026 primary intake. */
  childBirthDate: string;
  story: string;
  profile: HouseholdProfile;
  /** What the simulator answers for this family, per department. A kind not listed answers not_found. */
  records: HouseholdRecords;
}

const D = '云溪区';
const NONE = { military: { status: 'none' }, talent: { category: null } } as const;
const insured = (monthsPaid: number) => ({ monthsPaid, city: '青岚市', paidUpToDate: true });
// Sequence numbers 1xx are reserved for these families; generated households use 200 and above.
const id = (region: string, birth: string, seq: string) => makeIdNumber(region, birth, seq);
type FamilySpec = Omit<DemoFamily, 'childIdNumber' | 'guardianIdNumber'> & {
  childSeq: string;
  guardian: [region: string, birthDate: string, seq3: string];
};
const family = (f: FamilySpec): DemoFamily => {
  const { childSeq, guardian, ...rest } = f;
  return {
    ...rest,
    guardianIdNumber: id(...guardian),
    childIdNumber: id('510703', f.childBirthDate, childSeq),
  };
};

/**
 * Named families with fixed, valid ID numbers for demos, the lead's verify tests and the E2E. Each is in
 * the registry whatever the seed. `standard` uses the child ID number of tests/integration/support.
 */
export const DEMO_FAMILIES = {
  standard: family({
    guardianName: '李建国',
    guardian: ['510703', '1988-05-12', '111'],
    childName: '李小明',
    childSeq: '123',
    childBirthDate: '2020-03-15',
    story: '父亲，房产与户籍同在南湖路57号（城南第一小学学区），2018年落户，社保36个月：一类，全部自动核验。',
    profile: 'owner_in_zone',
    records: {
      hukou: {
        address: { district: D, street: '南湖路', houseNumber: '57号' },
        relation: 'father',
        moveInDate: '2018-06-20',
        sameHousehold: true,
      },
      property: {
        owner: 'guardian_and_spouse',
        address: { district: D, street: '南湖路', houseNumber: '57号' },
        share: 1,
        registeredOn: '2018-05-10',
      },
      social_insurance: insured(36),
      ...NONE,
    },
  }),
  renter: family({
    guardianName: '王芳',
    guardian: ['510726', '1990-02-03', '112'],
    childName: '王子涵',
    childSeq: '124',
    childBirthDate: '2019-11-08',
    story: '母亲，户籍在梓桐县，租住北辰路35号（城北第一小学学区），居住证有效、租赁已备案，社保30个月。',
    profile: 'renter',
    records: {
      hukou: {
        address: { district: '梓桐县', street: '桐安镇新街', houseNumber: '12号' },
        relation: 'mother',
        moveInDate: '2009-04-01',
        sameHousehold: true,
      },
      residence_permit: {
        permitValid: true,
        validUntil: '2027-03-31',
        rentalRegistered: true,
        rentalAddress: { district: D, street: '北辰路', houseNumber: '35号' },
      },
      social_insurance: insured(30),
      ...NONE,
    },
  }),
  migrantShort: family({
    guardianName: '张伟',
    guardian: ['500101', '1987-09-19', '113'],
    childName: '张可欣',
    childSeq: '126',
    childBirthDate: '2020-06-30',
    story:
      '父亲，户籍在重庆市万州区，租住长虹北路88号（北辰小学学区），居住证有效，但社保仅6个月（不足随迁子女要求）。',
    profile: 'migrant_short',
    records: {
      hukou: {
        address: { district: '重庆市万州区', street: '沙河街道', houseNumber: '8号' },
        relation: 'father',
        moveInDate: '2012-08-15',
        sameHousehold: true,
      },
      residence_permit: {
        permitValid: true,
        validUntil: '2026-12-31',
        rentalRegistered: true,
        rentalAddress: { district: D, street: '长虹北路', houseNumber: '88号' },
      },
      social_insurance: { monthsPaid: 6, city: '青岚市', paidUpToDate: true },
      ...NONE,
    },
  }),
  splitZones: family({
    guardianName: '陈静',
    guardian: ['510703', '1989-12-24', '114'],
    childName: '陈浩然',
    childSeq: '131',
    childBirthDate: '2019-09-01',
    story:
      '母亲，户籍在滨江南路120号（城南实验小学学区），房产在凤鸣雅居5栋（凤鸣小学学区）：户籍与房产不在同一学区。',
    profile: 'split_zones',
    records: {
      hukou: {
        address: { district: D, street: '滨江南路', houseNumber: '120号' },
        relation: 'mother',
        moveInDate: '2015-03-02',
        sameHousehold: true,
      },
      property: {
        owner: 'guardian',
        address: { district: D, estate: '凤鸣雅居', building: '5栋' },
        share: 1,
        registeredOn: '2021-07-09',
      },
      social_insurance: insured(60),
      ...NONE,
    },
  }),
  mismatch: family({
    guardianName: '刘洋',
    guardian: ['510703', '1986-07-07', '115'],
    childName: '刘思远',
    childSeq: '133',
    childBirthDate: '2020-01-05',
    story: '家长填“父亲”，户籍登记关系为“其他”，2026年2月才迁入锦绣花园；房产登记在他人名下：需补充材料。',
    profile: 'mismatch',
    records: {
      hukou: {
        address: { district: D, estate: '锦绣花园', building: '2栋' },
        relation: 'other',
        moveInDate: '2026-02-15',
        sameHousehold: true,
      },
      property: {
        owner: 'other',
        address: { district: D, estate: '锦绣花园', building: '2栋' },
        share: 0,
        registeredOn: '2016-10-18',
      },
      social_insurance: insured(48),
      ...NONE,
    },
  }),
  missing: family({
    guardianName: '赵磊',
    guardian: ['510703', '1991-03-28', '117'],
    childName: '赵一诺',
    childSeq: '142',
    childBirthDate: '2020-01-20',
    story: '任何部门都查无此户（每项均 not_found）：一键核不可用，家长上传材料。',
    profile: 'records_missing',
    records: {},
  }),
  military: family({
    guardianName: '孙强',
    guardian: ['510703', '1985-10-01', '119'],
    childName: '孙嘉怡',
    childSeq: '144',
    childBirthDate: '2019-12-12',
    story: '父亲现役军人，户籍与房产同在北辰路9号（城北第一小学学区）：走绿色通道。',
    profile: 'military',
    records: {
      hukou: {
        address: { district: D, street: '北辰路', houseNumber: '9号' },
        relation: 'father',
        moveInDate: '2017-01-10',
        sameHousehold: true,
      },
      property: {
        owner: 'guardian_and_spouse',
        address: { district: D, street: '北辰路', houseNumber: '9号' },
        share: 1,
        registeredOn: '2016-12-01',
      },
      social_insurance: insured(48),
      military: { status: 'active' },
      talent: { category: null },
    },
  }),
  talent: family({
    guardianName: '周敏',
    guardian: ['510703', '1984-04-16', '120'],
    childName: '周子墨',
    childSeq: '151',
    childBirthDate: '2020-08-31',
    story:
      '母亲为A类高层次人才，户籍与房产同在西岭路18号（城西第一小学学区），2024年落户，社保20个月；孩子生于入学截止日。',
    profile: 'talent',
    records: {
      hukou: {
        address: { district: D, street: '西岭路', houseNumber: '18号' },
        relation: 'mother',
        moveInDate: '2024-03-01',
        sameHousehold: true,
      },
      property: {
        owner: 'guardian',
        address: { district: D, street: '西岭路', houseNumber: '18号' },
        share: 1,
        registeredOn: '2024-01-22',
      },
      social_insurance: insured(20),
      military: { status: 'none' },
      talent: { category: 'A类' },
    },
  }),
} satisfies Record<string, DemoFamily>;
export type DemoFamilyKey = keyof typeof DEMO_FAMILIES;

export const demoHouseholds = (): Household[] =>
  Object.entries(DEMO_FAMILIES).map(([key, f]) => ({
    id: `demo-${key}`,
    profile: f.profile,
    guardianIdNumber: f.guardianIdNumber,
    childIdNumber: f.childIdNumber,
    records: f.records,
  }));
