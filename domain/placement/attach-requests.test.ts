import { attachSharedRequests } from './attach-requests';
import { unit, wants } from './season-fixture';

describe('attachSharedRequests', () => {
  const units = [unit('s1', 'class-1', 'A1'), unit('s1', 'class-1', 'T1', 'T2'), unit('s2', 'green', 'B1')];

  it('puts a request naming exactly one unit (in any order of its members) on that unit', () => {
    const { units: attached, sharedOnly } = attachSharedRequests(units, [
      wants('south', ['T2', 'T1'], 's3', 's4'),
      wants('south', ['A1'], 's2'),
    ]);
    expect(attached.map((u) => u.sharedSchoolIds)).toEqual([['s2'], ['s3', 's4'], undefined]);
    expect(sharedOnly).toEqual([]);
    expect(attached[2]).toBe(units[2]); // untouched units are the same objects
  });

  it('keeps anything else as a shared-only unit for validation to judge: new numbers, a split unit, a second request', () => {
    const requests = [
      wants('south', ['X1'], 's2'),
      wants('south', ['T1'], 's2'),
      wants('south', ['A1'], 's2'),
      wants('south', ['A1'], 's3'),
    ];
    const { units: attached, sharedOnly } = attachSharedRequests(units, requests);
    expect(attached[0]!.sharedSchoolIds).toEqual(['s2']);
    expect(sharedOnly).toEqual([requests[0], requests[1], requests[3]]);
  });
});
