import type { CategoryResult, CategoryRule, FactCondition } from '../../types/models/verification';
import type { SchoolFacts } from './family-facts';

type Check = { met: boolean; words: string };

const yesNo = (met: boolean, yes: string, no: string): Check => ({ met, words: met ? yes : no });

/**
 * One place per condition for both questions, whether it holds and the words a parent reads for it,
 * so a new condition in the season's table cannot be checked one way and explained another.
 */
const check = (c: FactCondition, f: SchoolFacts): Check => {
  switch (c.fact) {
    case 'hukou_in_zone':
      return yesNo(f.hukouInZone, '户籍在该校施教区内', '户籍不在该校施教区内');
    case 'property_in_zone':
      return yesNo(f.propertyInZone, '房产在该校施教区内', '房产不在该校施教区内');
    case 'hukou_at_property':
      return yesNo(f.hukouAtProperty, '户籍地址与房产地址一致', '户籍地址与房产地址不一致');
    case 'owner_is_guardian':
      return yesNo(f.ownerIsGuardian, '房产为监护人（或配偶）所有', '房产不属于监护人或配偶');
    case 'permit_valid':
      return yesNo(f.permitValid, '持有有效居住证', '没有有效居住证');
    case 'rental_in_zone':
      return yesNo(f.rentalInZone, '租赁备案住址在该校施教区内', '没有该校施教区内的租赁备案');
    case 'insurance_months':
      return {
        met: f.insuranceMonths >= c.min,
        words: `社保已缴 ${f.insuranceMonths} 个月（要求不少于 ${c.min} 个月）`,
      };
    case 'hukou_years':
      return { met: f.hukouYears >= c.min, words: `户籍迁入 ${f.hukouYears} 年（要求不少于 ${c.min} 年）` };
  }
};
const holds = (c: FactCondition, f: SchoolFacts) => check(c, f).met;
const say = (c: FactCondition, f: SchoolFacts) => check(c, f).words;

/**
 * First rule whose conditions all hold. The explanation names the facts that placed the child there
 * and, for the tiers above, the first condition that was not met: "why not 一类?" is the question.
 */
export const deriveCategory = (rules: readonly CategoryRule[], facts: SchoolFacts): CategoryResult | null => {
  const tier = rules.findIndex((r) => r.conditions.every((c) => holds(c, facts)));
  const rule = rules[tier];
  if (!rule) return null;
  const because = rule.conditions.map((c) => say(c, facts));
  const above = rules.slice(0, tier).map((r) => {
    const missed = r.conditions.find((c) => !holds(c, facts));
    return missed ? `未达到“${r.name}”：${say(missed, facts)}` : '';
  });
  // A catch-all row has no conditions: its own description says what it means for the family.
  const reason = because.length ? `因为${because.join('，')}` : rule.description.replace(/。$/, '');
  return {
    ruleId: rule.id,
    name: rule.name,
    tier,
    explanation: [
      `入学类别为“${rule.name}”：${reason}。`,
      ...above.filter(Boolean).map((s) => `${s}。`),
    ].join(''),
  };
};
