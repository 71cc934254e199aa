import Taro from '@tarojs/taro';
import type { Sex, Stage } from '../../../types/common';
import type { Address, AddressKind } from '../../../types/models/address';

/** Everything the parent has chosen so far; kept in storage so a reload or a crash loses nothing. */
export interface ApplyDraft {
  stage: Stage;
  child?: { id: string; name: string; idMasked: string; birthDate: string; sex: Sex };
  hukouAddress?: Partial<Address>;
  residenceAddress?: Partial<Address>;
  residenceSameAsHukou: boolean;
  basis: AddressKind;
  school?: { id: string; name: string; phone: string; needsManualConfirmation: boolean; reason: string };
  /** The 一键核 record this application rests on, and where it stood when the parent went on. */
  verificationId?: string;
  verificationStatus?: 'verified' | 'needs_material' | 'pending_departments';
  /** The addresses as the departments returned them: shown as confirmed text, typed only if absent. */
  prefilled?: { hukou?: Address; residence?: Address };
  /** One key per submit attempt of this exact content, reused on retries until the submit succeeds. */
  idempotencyKey?: string;
}

const KEY = 'ryjs.applyDraft';

export const emptyDraft = (): ApplyDraft => ({
  stage: 'primary',
  residenceSameAsHukou: true,
  basis: 'hukou',
});

export const loadDraft = (): ApplyDraft => {
  const stored: unknown = Taro.getStorageSync(KEY);
  return stored && typeof stored === 'object'
    ? { ...emptyDraft(), ...(stored as Partial<ApplyDraft>) }
    : emptyDraft();
};

export const saveDraft = (draft: ApplyDraft): void => Taro.setStorageSync(KEY, draft);
export const clearDraft = (): void => Taro.removeStorageSync(KEY);

// Changing where the child lives or the stage invalidates the matched school; changing anything that is
// submitted invalidates the idempotency key (the same key with other content would be a conflict).
const SCHOOL_DEPENDS_ON: (keyof ApplyDraft)[] = [
  'stage',
  'hukouAddress',
  'residenceAddress',
  'residenceSameAsHukou',
  'basis',
];

// Another child means other departments' answers and other addresses: start those steps again.
const CHILD_DEPENDENT: (keyof ApplyDraft)[] = [
  'verificationId',
  'verificationStatus',
  'prefilled',
  'hukouAddress',
  'residenceAddress',
  'school',
];

export const applyPatch = (draft: ApplyDraft, patch: Partial<ApplyDraft>): ApplyDraft => {
  const next = { ...draft, ...patch };
  const keys = Object.keys(patch) as (keyof ApplyDraft)[];
  if ('child' in patch && patch.child?.id !== draft.child?.id) {
    for (const k of CHILD_DEPENDENT) if (!(k in patch)) delete next[k];
    if (!('residenceSameAsHukou' in patch)) next.residenceSameAsHukou = true;
    if (!('basis' in patch)) next.basis = 'hukou';
  }
  if (keys.some((k) => SCHOOL_DEPENDS_ON.includes(k)) && !('school' in patch)) next.school = undefined;
  if (keys.some((k) => k !== 'idempotencyKey')) next.idempotencyKey = undefined;
  return next;
};

/** The address the zone is claimed by. */
export const basisAddress = (draft: ApplyDraft): Partial<Address> | undefined =>
  draft.basis === 'residence' && !draft.residenceSameAsHukou ? draft.residenceAddress : draft.hukouAddress;

export const effectiveResidence = (draft: ApplyDraft): Partial<Address> | undefined =>
  draft.residenceSameAsHukou ? draft.hukouAddress : draft.residenceAddress;

export const newIdempotencyKey = (): string =>
  `sub-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`;
