import { makeIdNumber } from '../../../domain/id-number/make-id-number';
import type { ActionInput } from '../../../types';
import type { Session } from './test-runtime';

/** A child born well inside the 2026 primary window, and a street address of 城南第一小学's zone. */
export const idNumberOf = (birthDate = '2020-03-15', seq = '123') => makeIdNumber('510703', birthDate, seq);

export const HOME = { district: '云溪区', street: '南湖路', houseNumber: '57号', building: '3栋' };

export type SubmitInput = ActionInput<'enroll', 'submit'>;

let keySeq = 0;
export const newKey = () => `test-key-${process.pid}-${++keySeq}`;

export const applicationFor = (childId: string, overrides: Partial<SubmitInput> = {}): SubmitInput => ({
  idempotencyKey: newKey(),
  seasonId: '2026',
  childId,
  stage: 'primary',
  hukouAddress: HOME,
  residenceAddress: HOME,
  basis: 'hukou',
  schoolId: 's-south-1',
  ...overrides,
});

/** Consent, then one child: the state from which most parent tests start. */
export const parentWithChild = async (parent: Session, idNumber = idNumberOf(), name = '李小明') => {
  await parent.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '李建国' });
  return parent.ok('enroll', 'addChild', { name, idNumber });
};
