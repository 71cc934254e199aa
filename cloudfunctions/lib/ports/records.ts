import type { z } from 'zod';
import type {
  Address,
  CategoryResult,
  CategoryRules,
  CheckResult,
  DrawStatus,
  Observer,
  Placement,
  SharedChoice,
  materialSchema,
  schoolDrawRecordSchema,
  sharedDrawRecordSchema,
  AddressKind,
  ApplicationStatus,
  Eligibility,
  Faq,
  GrantStatus,
  HelperKind,
  HelperScope,
  LargeDistrict,
  MessageKind,
  District,
  Policy,
  Role,
  School,
  Season,
  Sex,
  Stage,
  TimelineEvent,
  Zone,
  ZoneMatch,
} from '../../../types';

/** Stored shapes. Documents, not rows: the CloudBase adapter stores them as they are. */
export interface UserRecord {
  id: string;
  /**
   * 'dev' for local dev login, 'wechat' for an openid, 'web' for a staff account that signs in with a
   * login name and password (its subject is the login name, so names are unique through the subject key).
   */
  provider: 'dev' | 'wechat' | 'web';
  subject: string;
  role: Role;
  name: string;
  districtId?: string;
  /** Set by an admin: every call of this account is refused, including sessions already open. */
  disabled?: boolean;
  createdAt: string;
  updatedAt?: string;
}

/**
 * A staff account's password and its failed-login state, kept apart from `users` so that no read of an
 * account (every call reads one) ever carries the hash.
 */
export interface StaffCredentialRecord {
  userId: string;
  /** scrypt output and its per-user salt, base64; the cost parameters travel with them so they can rise. */
  hash: string;
  salt: string;
  params: { N: number; r: number; p: number; keylen: number };
  /** Consecutive failures since the last success or reset. */
  failures: number;
  /** While in the future, the password is not even checked. */
  lockedUntil?: string;
  updatedAt: string;
}

export interface ConsentRecord {
  userId: string;
  version: string;
  guardianName: string;
  acceptedAt: string;
}

export interface ChildRecord {
  id: string;
  guardianId: string;
  name: string;
  /** AES-256-GCM ciphertext of the ID number; only the crypto port can open it. */
  idCipher: string;
  /** Keyed HMAC of the ID number: equality lookups (duplicates) without storing it in the clear. */
  idBlind: string;
  idMasked: string;
  birthDate: string;
  sex: Sex;
  createdAt: string;
}

export interface ApplicationRecord {
  id: string;
  appNo: string;
  seasonId: string;
  stage: Stage;
  guardianId: string;
  childId: string;
  childName: string;
  childIdMasked: string;
  childBlind: string;
  schoolId: string;
  districtId: string;
  largeDistrictId: string;
  basis: AddressKind;
  hukouAddress: Address;
  residenceAddress: Address;
  zoneMatch: ZoneMatch;
  eligibility: Eligibility;
  status: ApplicationStatus;
  timeline: TimelineEvent[];
  verificationId?: string;
  category?: CategoryResult;
  greenChannel?: { kind: 'military' | 'talent'; detail: string };
  effort?: ApplicationEffort;
  /** Bound twins/multiples: the same group on each member's record. */
  siblingGroup?: { id: string; applicationIds: string[]; appNos: string[] };
  /** The published result of the season's placement (lottery.publish): where, why, which draw. */
  placement?: Placement;
  /** The family's request for the large district's shared seats (lottery.requestShared). */
  sharedChoice?: SharedChoice;
  idempotencyKey: string;
  /** Hash of the submitted form: a retry with the same key must carry the same content. */
  requestHash: string;
  submittedAt: string;
  updatedAt: string;
}

/** The guardian's own ID number, asked once (for department checks) and kept encrypted. */
export interface GuardianIdentityRecord {
  userId: string;
  idCipher: string;
  idBlind: string;
  idMasked: string;
  updatedAt: string;
}

export interface VerificationRecord {
  id: string;
  seasonId: string;
  childId: string;
  guardianId: string;
  checks: CheckResult[];
  materials: Material[];
  /** True while a department was unavailable: the re-check picks these up. */
  pending: boolean;
  /** Fields the parent typed in this step (the guardian's ID number the first time). */
  fieldsTyped: number;
  confirmedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export type Material = z.infer<typeof materialSchema>;

/** R1.5 figures, kept per application and summed by the statistics. */
export interface ApplicationEffort {
  fieldsTyped: number;
  materialsRequested: number;
  secondsToSubmit: number;
  corrections: number;
}

export interface AuditRecord {
  at: string;
  actorId: string | null;
  role: Role | null;
  /** e.g. 'enroll.submit', 'child.read_full_id'. */
  action: string;
  targetType: string;
  targetId: string;
  /** Never an ID number or other full personal data: ids and short facts only. */
  detail?: Record<string, string | number | boolean>;
}

/** One unit of a draw's snapshot: a child, or bound twins/multiples (R2.1), members in key order. */
export interface DrawUnit {
  /** Canonical unit key (application numbers sorted and joined with `+`). */
  key: string;
  appNos: string[];
  applicationIds: string[];
}

/**
 * A lottery ceremony (R3), one school × one tier. The units are a snapshot taken when the draw was scheduled
 * and the commitment published: nothing a family or staff member does afterwards changes who takes part.
 */
export interface StoredDraw {
  /** The spec's drawId, e.g. `2026-s-south-1-class-2`: one draw per season, school and tier. */
  id: string;
  seasonId: string;
  schoolId: string;
  schoolName: string;
  districtId: string;
  tier: string;
  tierName: string;
  seats: number;
  scheduledAt: string;
  status: DrawStatus;
  units: DrawUnit[];
  listHash: string;
  commitment: string;
  /** The operator's secret, encrypted with the crypto port until the draw reveals it in the record. */
  secretCipher: string;
  observers: (Observer & { addedAt: string })[];
  createdAt: string;
  createdBy: string;
  /** Set by the one successful run, together with status 'drawn'. */
  drawnAt?: string;
  notaryAttestation?: string;
  /** The published record (enroll-lottery/v1), exactly as docs/lottery-spec.md describes it. */
  record?: SchoolDrawRecordDoc;
  /** Each unit's outcome in ranking order (an array: unit keys hold `+`, awkward as document field names). */
  outcomes?: { key: string; rank: number; admitted: boolean }[];
  /**
   * 'shared': a large district's shared-seat round (R2.2). Then schoolId/schoolName name the large district,
   * `seats` is the spare total, `units` the entrants, and `spare`/`preferences` are the committed inputs.
   */
  kind?: 'shared';
  spare?: Record<string, number>;
  /** Unit key → school ids, as an array: unit keys hold `+`, awkward as document field names. */
  preferences?: { key: string; schoolIds: string[] }[];
  sharedRecord?: SharedDrawRecordDoc;
}

export type SharedDrawRecordDoc = z.infer<typeof sharedDrawRecordSchema>;

export type SchoolDrawRecordDoc = z.infer<typeof schoolDrawRecordSchema>;

/**
 * Outbox state of a message. `pending` waits for the deliverer; `sent` reached WeChat (or, locally, the
 * in-app centre only: `channel`); `skipped` will never be sent outside the app (the parent has not
 * subscribed, or the kind has no template); `failed` gave up after the attempt cap.
 */
export type DeliveryStatus = 'pending' | 'sent' | 'skipped' | 'failed';

/**
 * One message to one user: the in-app message the parent reads and, in the same document, its outbox
 * entry. It is written in the transaction of the change it reports, so neither exists without the other.
 */
export interface MessageRecord {
  id: string;
  userId: string;
  kind: MessageKind;
  title: string;
  body: string;
  applicationId?: string;
  appNo?: string;
  at: string;
  readAt?: string;
  status: DeliveryStatus;
  attempts: number;
  lastError?: string;
  channel?: 'wechat' | 'in_app';
  deliveredAt?: string;
}

/**
 * A helper's public face (R4.1): the code they read out to parents and the name and organisation parents
 * see before authorising them. Keyed by the helper's user id; the code is unique and never changes.
 */
export interface HelperProfileRecord {
  userId: string;
  code: string;
  name: string;
  organisation: string;
  kind: HelperKind;
  createdAt: string;
  updatedAt: string;
}

/**
 * A parent's authorisation of one helper (R6.3). The helper's and the guardian's names are copied in at
 * grant time: that is what the parent confirmed and what the helper was told, whatever changes later.
 * `status` moves only from 'active' (guarded like an application's); an active grant past `expiresAt` is
 * already over for every read, the expiry run only records it and tells the parent.
 */
export interface HelperGrantRecord {
  id: string;
  guardianId: string;
  guardianName: string;
  helperId: string;
  helperName: string;
  helperOrganisation: string;
  helperKind: HelperKind;
  scope: HelperScope[];
  status: GrantStatus;
  createdAt: string;
  expiresAt: string;
  /** When it was revoked or recorded as expired. */
  endedAt?: string;
  lastViewedAt?: string;
  views: number;
}

export type { CategoryRules, Faq, LargeDistrict, District, Policy, School, Season, Zone };
