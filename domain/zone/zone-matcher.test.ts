import type { Address } from '../../types/models/address';
import type { Zone } from '../../types/models/zone';
import { buildZoneMatcher } from './zone-matcher';

const D = '涪城区';
const box = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const zones: Zone[] = [
  {
    id: 'z-nanhu-odd',
    schoolId: 'nanhu',
    stage: 'primary',
    rules: [
      { kind: 'street', district: D, street: '南湖路', from: 1, to: 199, parity: 'odd' },
      { kind: 'estate', district: D, estate: '锦绣花园', aliases: ['锦绣苑'] },
    ],
    polygon: box(104.7, 31.4, 104.71, 31.41),
  },
  {
    id: 'z-nanhu-even',
    schoolId: 'chengnan',
    stage: 'primary',
    rules: [{ kind: 'street', district: D, street: '南湖路', from: 2, to: 200, parity: 'even' }],
    polygon: box(104.71, 31.4, 104.72, 31.41),
  },
  // A second zone of the same school: a point here and the estate above is still one school.
  {
    id: 'z-nanhu-2',
    schoolId: 'nanhu',
    stage: 'primary',
    rules: [],
    polygon: box(104.69, 31.4, 104.7, 31.41),
  },
  {
    id: 'z-overlap',
    schoolId: 'shiyan',
    stage: 'primary',
    rules: [{ kind: 'estate', district: D, estate: '锦绣花园小区', aliases: [] }],
    polygon: box(104.705, 31.405, 104.715, 31.415),
  },
  {
    id: 'z-junior',
    schoolId: 'chuzhong',
    stage: 'junior',
    rules: [{ kind: 'street', district: D, street: '南湖路', from: 1, to: 999, parity: 'all' }],
    polygon: box(104.6, 31.3, 104.8, 31.5),
  },
];
const matcher = buildZoneMatcher(zones);
const at = (
  address?: Partial<Address>,
  location?: [number, number],
  stage: 'primary' | 'junior' = 'primary',
) =>
  matcher.match({
    stage,
    address: address && { district: D, ...address },
    location: location && { lng: location[0], lat: location[1] },
  });
const schools = (m: ReturnType<typeof at>) => m.candidates.map((c) => c.schoolId);

describe('buildZoneMatcher: one school, consistently → matched', () => {
  it.each<[string, Partial<Address> | undefined, [number, number] | undefined, string]>([
    ['odd house number', { street: '南湖路', houseNumber: '129号' }, undefined, 'nanhu'],
    ['even house number', { street: '南湖路', houseNumber: '128' }, undefined, 'chengnan'],
    ['range start', { street: '南湖路', houseNumber: '1' }, undefined, 'nanhu'],
    ['range end', { street: '南湖路', houseNumber: '200号' }, undefined, 'chengnan'],
    ['full-width input', { street: '南湖路　', houseNumber: '１２９号' }, undefined, 'nanhu'],
    ['number typed into the street', { street: '南湖路128号' }, undefined, 'chengnan'],
    ['polygon only', undefined, [104.701, 31.401], 'nanhu'],
    ['rules and polygon agree', { street: '南湖路', houseNumber: '129' }, [104.701, 31.401], 'nanhu'],
    ['two zones of one school', { street: '南湖路', houseNumber: '3' }, [104.695, 31.401], 'nanhu'],
  ])('%s', (_label, address, location, school) => {
    const m = at(address, location);
    expect(m).toMatchObject({ status: 'matched', needsManualConfirmation: false });
    expect(schools(m)).toEqual([school]);
  });

  it('explains a street match with the range and parity', () => {
    const m = matcher.match({
      stage: 'primary',
      addressKind: 'residence',
      address: { district: D, street: '南湖路', houseNumber: '１２９号' },
    });
    expect(m.reason).toBe('居住地址“南湖路129号”属于南湖路1–199号（单号）施教范围');
    expect(m.candidates[0]).toMatchObject({ via: 'street', zoneId: 'z-nanhu-odd' });
  });

  it('keeps every reason of a school, joined with ；', () => {
    const m = at({ street: '南湖路', houseNumber: '129' }, [104.701, 31.401]);
    expect(m.candidates[0]?.reason).toBe(
      '地址“南湖路129号”属于南湖路1–199号（单号）施教范围；定位坐标位于本校施教区范围内',
    );
  });
});

describe('buildZoneMatcher: never picks silently', () => {
  it.each<[string, Partial<Address> | undefined, [number, number] | undefined, string[]]>([
    [
      'estate in two zones (alias of one, name of other)',
      { estate: '锦绣花园' },
      undefined,
      ['nanhu', 'shiyan'],
    ],
    ['point in two overlapping polygons', undefined, [104.707, 31.407], ['nanhu', 'shiyan']],
    ['point on the border of two zones', undefined, [104.71, 31.401], ['nanhu', 'chengnan']],
    ['point on the outer border of one zone only', undefined, [104.72, 31.401], ['chengnan']],
    [
      'street says one school, polygon another',
      { street: '南湖路', houseNumber: '128' },
      [104.701, 31.401],
      ['chengnan', 'nanhu'],
    ],
    [
      'estate and street disagree',
      { street: '南湖路', houseNumber: '128', estate: '锦绣苑' },
      undefined,
      ['nanhu', 'chengnan'],
    ],
  ])('%s → ambiguous', (_label, address, location, expected) => {
    const m = at(address, location);
    expect(m).toMatchObject({ status: 'ambiguous', needsManualConfirmation: true });
    expect(schools(m)).toEqual(expected);
    for (const c of m.candidates) expect(c.reason).not.toBe('');
  });

  it('names aliases and borders in the reasons', () => {
    const m = at({ estate: '锦绣苑' }, [104.71, 31.401]);
    expect(m.candidates.find((c) => c.schoolId === 'nanhu')?.reason).toBe(
      '小区“锦绣花园”（别名“锦绣苑”）属于本校施教区；定位坐标位于本校施教区边界上',
    );
    expect(m.candidates.find((c) => c.schoolId === 'chengnan')?.reason).toBe('定位坐标位于本校施教区边界上');
  });

  it('says when the address and the location disagree', () => {
    expect(at({ street: '南湖路', houseNumber: '128' }, [104.701, 31.401]).reason).toContain('不一致');
  });
});

describe('buildZoneMatcher: nothing found → none, with what to do', () => {
  it.each<[string, Partial<Address> | undefined, [number, number] | undefined, RegExp]>([
    ['no address, no location', undefined, undefined, /请填写居住地址/],
    [
      'unknown street',
      { street: '不存在路', houseNumber: '1' },
      undefined,
      /请核对街道、门牌号或小区名称，或联系区教育局/,
    ],
    ['number beyond every range', { street: '南湖路', houseNumber: '201' }, undefined, /门牌号201号不在/],
    ['street without a number', { street: '南湖路' }, undefined, /请补充门牌号/],
    ['unknown estate', { estate: '不存在小区' }, undefined, /联系区教育局/],
    ['location outside every zone', undefined, [110, 30], /定位坐标不在/],
  ])('%s', (_label, address, location, reason) => {
    const m = at(address, location);
    expect(m).toMatchObject({ status: 'none', candidates: [], needsManualConfirmation: true });
    expect(m.reason).toMatch(reason);
  });

  it('reports an unknown district', () => {
    const m = matcher.match({
      stage: 'primary',
      address: { district: '游仙区', street: '南湖路', houseNumber: '1' },
    });
    expect(m.reason).toMatch(/暂未查到该区县/);
  });
});

describe('buildZoneMatcher: stages and pickers', () => {
  it('uses only the zones of the requested stage', () => {
    expect(schools(at({ street: '南湖路', houseNumber: '500' }, undefined, 'junior'))).toEqual(['chuzhong']);
    expect(at({ street: '南湖路', houseNumber: '500' }).status).toBe('none');
    expect(schools(at(undefined, [104.707, 31.407], 'junior'))).toEqual(['chuzhong']);
    expect(buildZoneMatcher([]).match({ stage: 'junior', location: { lng: 104.7, lat: 31.4 } }).status).toBe(
      'none',
    );
  });

  it('lists display names per district, sorted, without duplicates', () => {
    const m = buildZoneMatcher([
      ...zones,
      {
        id: 'z-more',
        schoolId: 'more',
        stage: 'primary',
        rules: [
          { kind: 'street', district: D, street: '安昌路', from: 1, to: 9, parity: 'all' },
          { kind: 'street', district: D, street: '南湖路 ', from: 900, to: 999, parity: 'all' },
          { kind: 'estate', district: D, estate: '碧水苑', aliases: [] },
        ],
      },
    ]);
    expect(m.knownStreets(D)).toEqual(['安昌路', '南湖路']);
    expect(m.knownEstates(` ${D}`)).toEqual(['碧水苑', '锦绣花园']);
    expect(m.knownStreets('游仙区')).toEqual([]);
  });
});
