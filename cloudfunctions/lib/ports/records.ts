import type {
  Address,
  AddressKind,
  ApplicationStatus,
  Eligibility,
  Faq,
  LargeDistrict,
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
  /** 'dev' for local dev login, 'wechat' for an openid, 'web' for CloudBase web auth. */
  provider: 'dev' | 'wechat' | 'web';
  subject: string;
  role: Role;
  name: string;
  districtId?: string;
  createdAt: string;
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
  idempotencyKey: string;
  /** Hash of the submitted form: a retry with the same key must carry the same content. */
  requestHash: string;
  submittedAt: string;
  updatedAt: string;
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

export type { Faq, LargeDistrict, District, Policy, School, Season, Zone };
