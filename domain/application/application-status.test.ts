import { canTransition, canWithdraw, holdsRegistration } from './application-status';

describe('application status', () => {
  it.each([
    ['submitted', 'withdrawn', true],
    ['submitted', 'approved', false],
    ['under_review', 'returned', true],
    ['approved', 'withdrawn', false],
    ['withdrawn', 'submitted', false],
    ['waitlisted', 'admitted', true],
    ['submitted', 'admitted', true],
    ['under_review', 'waitlisted', true],
    ['approved', 'admitted', true],
    ['pending_verification', 'admitted', false],
    ['returned', 'admitted', false],
    ['rejected', 'waitlisted', false],
    ['admitted', 'withdrawn', true],
    ['admitted', 'waitlisted', false],
    ['waitlisted', 'withdrawn', false],
    ['withdrawn', 'admitted', false],
  ] as const)('%s → %s is %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('frees the registration only when withdrawn', () => {
    expect(holdsRegistration('submitted')).toBe(true);
    expect(holdsRegistration('rejected')).toBe(true);
    expect(holdsRegistration('withdrawn')).toBe(false);
  });

  it('allows withdrawal up to and including the deadline instant', () => {
    const deadline = '2026-07-15T15:59:59.999Z';
    expect(canWithdraw('submitted', new Date('2026-07-15T15:59:59.999Z'), deadline)).toBe(true);
    expect(canWithdraw('submitted', new Date('2026-07-15T16:00:00.000Z'), deadline)).toBe(false);
    expect(canWithdraw('approved', new Date('2026-07-01T00:00:00Z'), deadline)).toBe(false);
    // Declining an admission is lottery.decline, which passes the seat on; a withdrawal would not.
    expect(canWithdraw('admitted', new Date('2026-07-01T00:00:00Z'), deadline)).toBe(false);
  });
});
