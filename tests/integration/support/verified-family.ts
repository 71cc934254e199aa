import { DEMO_FAMILIES, type DemoFamilyKey } from '../../../server/department-simulator';
import type { ActionOutput } from '../../../types';
import { newKey } from './demo-family';
import type { Session } from './test-runtime';

/** Consent, child, 一键核 for one of the simulator's named families: what the app does, step by step. */
export const verifyFamily = async (parent: Session, key: DemoFamilyKey) => {
  const f = DEMO_FAMILIES[key];
  await parent.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: f.guardianName });
  const child = await parent.ok('enroll', 'addChild', { name: f.childName, idNumber: f.childIdNumber });
  const verification = await parent.ok('verify', 'start', {
    seasonId: '2026',
    childId: child.id,
    guardianIdNumber: f.guardianIdNumber,
  });
  return { family: f, child, verification };
};

type Verification = ActionOutput<'verify', 'start'>;

/** The submit a parent makes after confirming: the addresses are the ones the departments returned. */
export const submitVerified = (parent: Session, childId: string, v: Verification, schoolId: string) => {
  // Where the departments could not confirm an address, the parent types it (the standard family's home).
  const hukou = v.hukouAddress ??
    v.residenceAddress ?? { district: '云溪区', street: '南湖路', houseNumber: '57号' };
  return parent.call('enroll', 'submit', {
    idempotencyKey: newKey(),
    seasonId: '2026',
    childId,
    stage: 'primary',
    hukouAddress: hukou,
    residenceAddress: v.residenceAddress ?? hukou,
    basis: v.residenceAddress && !v.hukouAddress ? 'residence' : 'hukou',
    schoolId,
    verificationId: v.id,
  });
};

/** A real (tiny) PNG: the upload checks the bytes, not just the declared type. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
