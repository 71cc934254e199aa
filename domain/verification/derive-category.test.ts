import { DEFAULT_CATEGORY_RULES } from './default-category-rules';
import { deriveCategory } from './derive-category';
import { schoolFacts, type VerifiedFamily } from './family-facts';

const HOME = { district: '云溪区', street: '南湖路', houseNumber: '57号' };
const ELSEWHERE = { district: '云溪区', street: '北辰路', houseNumber: '8号' };
const inZone = (a: { street?: string }) => a.street === '南湖路';
const hukou = (address = HOME, moveInDate = '2018-03-01') => ({
  address,
  relation: 'father' as const,
  moveInDate,
  sameHousehold: true,
});
const property = (address = HOME, owner: 'guardian' | 'other' = 'guardian') => ({
  owner,
  address,
  share: 1,
  registeredOn: '2017-12-01',
});
const categoryOf = (f: VerifiedFamily) =>
  deriveCategory(DEFAULT_CATEGORY_RULES, schoolFacts(f, inZone, '2026-08-31'));

describe('enrollment category from verified facts', () => {
  it.each([
    ['owner living in zone', { hukou: hukou(), property: property() }, '一类'],
    ['property in zone, hukou elsewhere', { hukou: hukou(ELSEWHERE), property: property() }, '二类'],
    [
      'property in zone but not the family’s',
      { hukou: hukou(ELSEWHERE), property: property(HOME, 'other') },
      '统筹安排',
    ],
    ['hukou in zone for 8 years, no property', { hukou: hukou() }, '三类'],
    ['hukou in zone for 1 year, no property', { hukou: hukou(HOME, '2025-06-01') }, '统筹安排'],
    [
      'renter with permit and 24 months',
      {
        socialInsurance: { monthsPaid: 24, city: '青岚市', paidUpToDate: true },
        residencePermit: { permitValid: true, rentalRegistered: true, rentalAddress: HOME },
      },
      '随迁子女',
    ],
    [
      'renter with permit and 6 months',
      {
        socialInsurance: { monthsPaid: 6, city: '青岚市', paidUpToDate: true },
        residencePermit: { permitValid: true, rentalRegistered: true, rentalAddress: HOME },
      },
      '统筹安排',
    ],
    ['nothing verified', {}, '统筹安排'],
  ] as [string, VerifiedFamily, string][])('%s → %s', (_story, family, name) => {
    expect(categoryOf(family)?.name).toBe(name);
  });

  it('explains the category and why the tiers above were missed', () => {
    const r = categoryOf({ hukou: hukou(ELSEWHERE), property: property() });
    expect(r?.tier).toBe(1);
    expect(r?.explanation).toContain('房产在该校施教区内');
    expect(r?.explanation).toContain('未达到“一类”：户籍不在该校施教区内');
  });

  it('explains the catch-all row with its description', () => {
    expect(categoryOf({})?.explanation).toMatch(
      /^入学类别为“统筹安排”：不符合以上类别，由教育局统筹安排学位。/,
    );
  });

  it('counts hukou years up to the cut-off date', () => {
    expect(schoolFacts({ hukou: hukou(HOME, '2023-08-31') }, inZone, '2026-08-31').hukouYears).toBe(3);
    expect(schoolFacts({ hukou: hukou(HOME, '2023-09-02') }, inZone, '2026-08-31').hukouYears).toBe(2);
  });

  it('returns null when no row matches (a table without a catch-all)', () => {
    expect(
      deriveCategory(DEFAULT_CATEGORY_RULES.slice(0, 1), schoolFacts({}, inZone, '2026-08-31')),
    ).toBeNull();
  });
});
