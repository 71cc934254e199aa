import type { Address } from '../types/models/address';
import type { Zone, ZoneRule } from '../types/models/zone';

const CHARS = '安宝碧长春翠东丰富高光和华嘉锦金康乐丽龙明南平青清瑞山盛顺泰天文西祥新兴阳怡永御园';
const STREET_SUFFIX = ['路', '街', '大道', '巷'];
const ESTATE_SUFFIX = ['花园', '苑', '小区', '家园', '府'];
const DISTRICTS = [
  '涪城区',
  '游仙区',
  '安州区',
  '江油市',
  '三台县',
  '盐亭县',
  '梓潼县',
  '北川县',
  '平武县',
  '高新区',
];

/** Distinct names from an index: three characters in base-CHARS.length, then a suffix. */
const nameOf = (i: number, suffixes: string[]) => {
  const n = CHARS.length;
  const base = Math.floor(i / suffixes.length);
  return `${CHARS[base % n]}${CHARS[Math.floor(base / n) % n]}${CHARS[Math.floor(base / n / n) % n]}${suffixes[i % suffixes.length]}`;
};

/**
 * `names` estates plus `names` streets spread over ten districts and `zoneCount` zones. Each street is
 * split in two by parity (odd/even) or by number range, like published zone tables; a third of the
 * estates carry an alias.
 */
export function syntheticRuleZones(names: number, zoneCount: number, rand: () => number): Zone[] {
  const zones: Zone[] = Array.from({ length: zoneCount }, (_, k) => ({
    id: `r${k}`,
    schoolId: `s${k}`,
    stage: 'primary',
    rules: [] as ZoneRule[],
  }));
  const pick = () => zones[Math.floor(rand() * zoneCount)] as Zone;
  for (let i = 0; i < names; i++) {
    const district = DISTRICTS[i % DISTRICTS.length] as string;
    const street = nameOf(i, STREET_SUFFIX);
    if (i % 2) {
      pick().rules.push({ kind: 'street', district, street, from: 1, to: 999, parity: 'odd' });
      pick().rules.push({ kind: 'street', district, street, from: 2, to: 998, parity: 'even' });
    } else {
      pick().rules.push({ kind: 'street', district, street, from: 1, to: 300, parity: 'all' });
      pick().rules.push({ kind: 'street', district, street, from: 301, to: 999, parity: 'all' });
    }
    const estate = nameOf(i, ESTATE_SUFFIX);
    const aliases = i % 3 === 0 ? [`${estate.slice(0, 3)}新苑`] : [];
    pick().rules.push({ kind: 'estate', district, estate, aliases });
  }
  return zones;
}

/** Addresses as parents type them: street + number, estates (some by alias, some full-width), misses. */
export function syntheticAddresses(n: number, names: number, rand: () => number): Address[] {
  const toFullWidth = (s: string) =>
    s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return Array.from({ length: n }, () => {
    const i = Math.floor(rand() * names);
    const district = DISTRICTS[i % DISTRICTS.length] as string;
    const houseNumber = `${1 + Math.floor(rand() * 1100)}号`;
    const kind = rand();
    if (kind < 0.4) return { district, street: nameOf(i, STREET_SUFFIX), houseNumber };
    if (kind < 0.55)
      return { district, street: nameOf(i, STREET_SUFFIX), houseNumber: toFullWidth(houseNumber) };
    if (kind < 0.75) return { district, estate: nameOf(i, ESTATE_SUFFIX) };
    if (kind < 0.85) return { district, estate: `${nameOf(i, ESTATE_SUFFIX).slice(0, 3)}新苑` };
    if (kind < 0.95)
      return { district, street: nameOf(i, STREET_SUFFIX), houseNumber, estate: nameOf(i, ESTATE_SUFFIX) };
    return { district, street: `无名${i}路`, houseNumber };
  });
}
