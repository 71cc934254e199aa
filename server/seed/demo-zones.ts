import type { Zone, ZoneRule } from '../../types';

const D = '云溪区';
const street = (
  name: string,
  from: number,
  to: number,
  parity: 'all' | 'odd' | 'even' = 'all',
): ZoneRule => ({
  kind: 'street',
  district: D,
  street: name,
  from,
  to,
  parity,
});
const estate = (name: string, ...aliases: string[]): ZoneRule => ({
  kind: 'estate',
  district: D,
  estate: name,
  aliases,
});
/** An axis-aligned ring [lng, lat]; the demo zones are blocks of the city grid. */
const box = (w: number, s: number, e: number, n: number): [number, number][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/**
 * Primary zones split each large district; junior zones cover it whole. 学府花园 deliberately lies in two
 * primary zones: the matcher must offer both and ask for manual confirmation (a real boundary case).
 */
export const DEMO_ZONES: Zone[] = [
  {
    id: 'z-south-1',
    schoolId: 's-south-1',
    stage: 'primary',
    rules: [street('南湖路', 1, 199, 'odd'), estate('锦绣花园', '锦绣苑'), estate('学府花园')],
    polygon: box(104.735, 31.445, 104.748, 31.46),
  },
  {
    id: 'z-south-2',
    schoolId: 's-south-2',
    stage: 'primary',
    rules: [street('南湖路', 2, 200, 'even'), estate('南湖春晓'), estate('学府花园')],
    polygon: box(104.748, 31.445, 104.765, 31.46),
  },
  {
    id: 'z-south-3',
    schoolId: 's-south-3',
    stage: 'primary',
    rules: [street('滨江南路', 1, 300), street('建设南街', 1, 80), estate('滨江一号', '滨江1号')],
    polygon: box(104.735, 31.43, 104.765, 31.445),
  },
  {
    id: 'z-north-1',
    schoolId: 's-north-1',
    stage: 'primary',
    rules: [street('北辰路', 1, 150), estate('北辰华府')],
    polygon: box(104.735, 31.475, 104.75, 31.486),
  },
  {
    id: 'z-north-2',
    schoolId: 's-north-2',
    stage: 'primary',
    rules: [street('长虹北路', 1, 200), estate('长虹新村', '长虹小区')],
    polygon: box(104.75, 31.475, 104.765, 31.492),
  },
  {
    id: 'z-north-3',
    schoolId: 's-north-3',
    stage: 'primary',
    rules: [street('凤鸣大道', 1, 120), estate('凤鸣雅居', '凤鸣小区')],
    polygon: box(104.735, 31.486, 104.75, 31.5),
  },
  {
    id: 'z-west-1',
    schoolId: 's-west-1',
    stage: 'primary',
    rules: [street('西岭路', 1, 99), street('锦江西路', 1, 60), estate('锦江名邸')],
    polygon: box(104.705, 31.46, 104.72, 31.47),
  },
  {
    id: 'z-west-2',
    schoolId: 's-west-2',
    stage: 'primary',
    rules: [street('西岭路', 100, 240), estate('西岭雪苑', '雪苑小区')],
    polygon: box(104.695, 31.47, 104.715, 31.48),
  },
  {
    id: 'z-west-3',
    schoolId: 's-west-3',
    stage: 'primary',
    rules: [street('桂溪街', 1, 90), estate('桂溪人家')],
    polygon: box(104.705, 31.45, 104.72, 31.46),
  },
  {
    id: 'z-j-south',
    schoolId: 'j-south',
    stage: 'junior',
    rules: [
      street('南湖路', 1, 200),
      street('滨江南路', 1, 300),
      estate('锦绣花园', '锦绣苑'),
      estate('南湖春晓'),
      estate('学府花园'),
      estate('滨江一号', '滨江1号'),
    ],
  },
  {
    id: 'z-j-exp',
    schoolId: 'j-exp',
    stage: 'junior',
    rules: [street('建设南街', 1, 80)],
  },
  {
    id: 'z-j-north',
    schoolId: 'j-north',
    stage: 'junior',
    rules: [
      street('北辰路', 1, 150),
      street('长虹北路', 1, 200),
      street('凤鸣大道', 1, 120),
      estate('北辰华府'),
      estate('长虹新村', '长虹小区'),
      estate('凤鸣雅居', '凤鸣小区'),
    ],
  },
  {
    id: 'z-j-west',
    schoolId: 'j-west',
    stage: 'junior',
    rules: [
      street('西岭路', 1, 240),
      street('锦江西路', 1, 60),
      street('桂溪街', 1, 90),
      estate('锦江名邸'),
      estate('西岭雪苑', '雪苑小区'),
      estate('桂溪人家'),
    ],
  },
];
