import type { CategoryRule } from '../../types/models/verification';

/**
 * A typical season's table (admins edit it per season in the console). Order is priority: a child
 * is placed in the first category whose conditions all hold; the last row catches everyone.
 */
export const DEFAULT_CATEGORY_RULES: CategoryRule[] = [
  {
    id: 'class-1',
    name: '一类',
    description: '户籍与房产均在施教区内且地址一致，房产为监护人所有。',
    conditions: [
      { fact: 'hukou_in_zone' },
      { fact: 'property_in_zone' },
      { fact: 'hukou_at_property' },
      { fact: 'owner_is_guardian' },
    ],
  },
  {
    id: 'class-2',
    name: '二类',
    description: '房产在施教区内且为监护人所有，户籍在其他地址。',
    conditions: [{ fact: 'property_in_zone' }, { fact: 'owner_is_guardian' }],
  },
  {
    id: 'class-3',
    name: '三类',
    description: '户籍在施教区内满 3 年，无施教区内房产。',
    conditions: [{ fact: 'hukou_in_zone' }, { fact: 'hukou_years', min: 3 }],
  },
  {
    id: 'migrant',
    name: '随迁子女',
    description: '持有效居住证、租赁备案住址在施教区内，社保累计缴纳满 12 个月。',
    conditions: [{ fact: 'permit_valid' }, { fact: 'rental_in_zone' }, { fact: 'insurance_months', min: 12 }],
  },
  { id: 'other', name: '统筹安排', description: '不符合以上类别，由教育局统筹安排学位。', conditions: [] },
];
