import { recordSharedSeatsDraw } from '../../../domain/lottery';
import { findUnit } from './rank-of';
import { rankedShared, resultLabel } from './rank-shared';

const record = recordSharedSeatsDraw({
  drawId: '2026-ld-south-shared',
  spare: { 's-south-2': 1, 's-south-3': 2 },
  preferences: {
    'A-001': ['s-south-2'],
    'A-002+A-003': ['s-south-3', 's-south-2'],
    'A-004': ['s-south-2'],
    constructor: ['s-south-2'],
  },
  secret: 'a'.repeat(64),
  publicEntropy: '2026-07-23',
});
const names = new Map([
  ['s-south-2', '云溪区南湖小学'],
  ['s-south-3', '云溪区城南实验小学'],
]);
const nameOf = (id: string) => names.get(id) ?? id;

describe('rankedShared', () => {
  it('ranks units in the record order with the school each was assigned', () => {
    const ranked = rankedShared(record);
    expect(ranked.map((u) => u.key)).toEqual(record.ranking);
    expect(ranked.map((u) => u.rank)).toEqual([1, 2, 3, 4]);
    for (const u of ranked) {
      expect(u.schoolId).toBe(record.assignments[u.key]);
      expect(u.admitted).toBe(u.schoolId !== null);
    }
    // Twins are one unit and take the seats of one school together.
    const twins = findUnit(ranked, 'a-003')!;
    expect(twins.members).toEqual(['A-002', 'A-003']);
    expect(twins.schoolId).toBe('s-south-3');
  });

  it('labels assigned units with the school name and the others 未分配', () => {
    const ranked = rankedShared(record);
    const labels = ranked.map((u) => resultLabel(u, nameOf));
    expect(labels.filter((l) => l === '未分配')).toHaveLength(
      Object.values(record.assignments).filter((a) => a === null).length,
    );
    expect(labels).toContain('云溪区城南实验小学');
    expect(resultLabel({ key: 'X', members: ['X'], rank: 1, admitted: true }, nameOf)).toBe('录取');
  });

  it('reads only own keys of the assignments', () => {
    const [unit] = rankedShared({ ranking: ['toString'], assignments: {} });
    expect(unit).toMatchObject({ schoolId: null, admitted: false });
  });
});
