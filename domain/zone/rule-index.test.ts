import type { Zone, ZoneRule } from '../../types/models/zone';
import { buildRuleIndex } from './rule-index';

const street = (s: string, from: number, to: number, parity: 'all' | 'odd' | 'even'): ZoneRule => ({
  kind: 'street',
  district: '涪城区',
  street: s,
  from,
  to,
  parity,
});
const zone = (id: string, rules: ZoneRule[]): Zone => ({ id, schoolId: `s-${id}`, stage: 'primary', rules });

const index = buildRuleIndex([
  zone('odd', [street('南湖路', 1, 199, 'odd')]),
  zone('even', [street('南湖路', 2, 200, 'even')]),
  zone('north', [street('南湖路', 201, 400, 'all'), street('长虹大道', 500, 100, 'all')]),
  // Overlaps 'north' on 300–350: a published overlap the matcher must report, not resolve.
  zone('overlap', [street('南湖路', 300, 350, 'all')]),
  zone('wide', [street('剑南路', 1, 10_000, 'all')]),
  zone('estates', [
    { kind: 'estate', district: '涪城区', estate: '锦绣花园', aliases: ['锦绣苑', '锦绣花园'] },
  ]),
]);
const zonesAt = (s: string, n: number) => index.streetHits('涪城区', s, n).map((h) => h.zone.id);

describe('street ranges', () => {
  it.each<[string, number, string[]]>([
    ['南湖路', 1, ['odd']],
    ['南湖路', 128, ['even']],
    ['南湖路', 129, ['odd']],
    ['南湖路', 199, ['odd']],
    ['南湖路', 200, ['even']],
    ['南湖路', 201, ['north']],
    ['南湖路', 299, ['north']],
    ['南湖路', 300, ['north', 'overlap']],
    ['南湖路', 350, ['north', 'overlap']],
    ['南湖路', 351, ['north']],
    ['南湖路', 400, ['north']],
    ['南湖路', 401, []],
    ['南湖路', 0, []],
    ['长虹大道', 100, ['north']],
    ['长虹大道', 300, ['north']],
    ['长虹大道', 501, []],
    ['剑南路', 9_999, ['wide']],
    ['不存在路', 1, []],
  ])('%s %i号 → %j', (s, n, ids) => {
    expect(zonesAt(s, n)).toEqual(ids);
  });

  it('keys streets by district', () => {
    expect(index.streetHits('游仙区', '南湖路', 1)).toEqual([]);
    expect(index.hasStreet('涪城区', '南湖路')).toBe(true);
    expect(index.hasStreet('涪城区', '不存在路')).toBe(false);
    expect(index.hasDistrict('涪城区')).toBe(true);
    expect(index.hasDistrict('游仙区')).toBe(false);
  });
});

describe('estates and aliases', () => {
  it.each<[string, string | undefined]>([
    ['锦绣花园', undefined],
    ['锦绣苑', '锦绣苑'],
  ])('%s', (name, alias) => {
    const hits = index.estateHits('涪城区', name);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.alias).toBe(alias);
  });

  it('finds nothing for unknown estates or the wrong district', () => {
    expect(index.estateHits('涪城区', '锦绣')).toEqual([]);
    expect(index.estateHits('游仙区', '锦绣花园')).toEqual([]);
  });
});
