import { countEffort } from './count-effort';

const HOME = { district: '云溪区', street: '南湖路', houseNumber: '57号' };
const base = {
  hukouAddress: HOME,
  residenceAddress: HOME,
  verificationFieldsTyped: 1,
  materialsRequested: 0,
  disputed: 0,
  startedAt: '2026-06-01T00:00:00.000Z',
  submittedAt: '2026-06-01T00:03:05.000Z',
};

describe('parent effort (R1.5)', () => {
  it('counts four typed fields for a family whose data all verifies', () => {
    expect(countEffort({ ...base, verifiedHukou: HOME, verifiedResidence: HOME })).toEqual({
      fieldsTyped: 4,
      materialsRequested: 0,
      secondsToSubmit: 185,
      corrections: 0,
    });
  });

  it('counts every address field typed when nothing verified, the same address once', () => {
    expect(countEffort({ ...base, verificationFieldsTyped: 0 }).fieldsTyped).toBe(3 + 3);
    const elsewhere = { district: '云溪区', estate: '锦绣花园', building: '2栋' };
    expect(
      countEffort({ ...base, verificationFieldsTyped: 0, residenceAddress: elsewhere }).fieldsTyped,
    ).toBe(3 + 3 + 3);
  });
});
