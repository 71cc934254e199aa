import type {
  ApplicationRecord,
  AuditRecord,
  CategoryRules,
  ChildRecord,
  GuardianIdentityRecord,
  HelperGrantRecord,
  HelperProfileRecord,
  ConsentRecord,
  District,
  StoredDraw,
  Faq,
  LargeDistrict,
  MessageRecord,
  Policy,
  StaffCredentialRecord,
  School,
  Season,
  UserRecord,
  VerificationRecord,
  Zone,
} from './records';
import type { ApplicationStatus, DrawStatus } from '../../../types';

/**
 * The Store port: domain-shaped repositories, all async so that a CloudBase document adapter can
 * implement them. No repository joins another; a use case that needs two reads does two reads.
 * Every adapter must pass tests/integration/store-contract.ts.
 */
export interface Store {
  users: UserRepo;
  consents: ConsentRepo;
  guardians: GuardianIdentityRepo;
  children: ChildRepo;
  verifications: VerificationRepo;
  applications: ApplicationRepo;
  registrations: RegistrationRepo;
  counters: CounterRepo;
  catalog: CatalogRepo;
  draws: DrawRepo;
  messages: MessageRepo;
  helperProfiles: HelperProfileRepo;
  helperGrants: HelperGrantRepo;
  staffCredentials: StaffCredentialRepo;
  audit: AuditRepo;
  /** Runs `fn` atomically: all its writes land or none do. Keep transactions small. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Thrown by adapters when a unique constraint refuses a write. */
export class DuplicateKeyError extends Error {
  constructor(readonly constraint: string) {
    super(`duplicate key: ${constraint}`);
    this.name = 'DuplicateKeyError';
  }
}

export interface UserRepo {
  get(id: string): Promise<UserRecord | null>;
  findBySubject(provider: UserRecord['provider'], subject: string): Promise<UserRecord | null>;
  insert(user: UserRecord): Promise<void>;
  /** Replaces an existing account's document (role, name, district, disabled); provider and subject never change. */
  update(user: UserRecord): Promise<void>;
}

/** One credential per staff account, keyed by the account id. */
export interface StaffCredentialRepo {
  get(userId: string): Promise<StaffCredentialRecord | null>;
  /** Insert or replace. */
  put(credential: StaffCredentialRecord): Promise<void>;
}

export interface ConsentRepo {
  get(userId: string, version: string): Promise<ConsentRecord | null>;
  /** Idempotent: accepting the same version again keeps the first acceptance time. */
  record(consent: ConsentRecord): Promise<ConsentRecord>;
}

export interface GuardianIdentityRepo {
  get(userId: string): Promise<GuardianIdentityRecord | null>;
  put(identity: GuardianIdentityRecord): Promise<void>;
}

export interface VerificationRepo {
  get(id: string): Promise<VerificationRecord | null>;
  findForChild(seasonId: string, childId: string): Promise<VerificationRecord | null>;
  listPending(limit: number): Promise<VerificationRecord[]>;
  /** Insert or replace: one verification per child per season. */
  put(v: VerificationRecord): Promise<void>;
}

export interface ChildRepo {
  get(id: string): Promise<ChildRecord | null>;
  listByGuardian(guardianId: string): Promise<ChildRecord[]>;
  findByGuardianAndBlind(guardianId: string, idBlind: string): Promise<ChildRecord | null>;
  insert(child: ChildRecord): Promise<void>;
}

export interface ApplicationFilter {
  seasonId?: string;
  status?: ApplicationStatus;
}

export interface ApplicationRepo {
  get(id: string): Promise<ApplicationRecord | null>;
  findByIdempotencyKey(guardianId: string, key: string): Promise<ApplicationRecord | null>;
  listByGuardian(guardianId: string): Promise<ApplicationRecord[]>;
  listByDistrict(districtId: string, filter: ApplicationFilter): Promise<ApplicationRecord[]>;
  /** Oldest first: the re-check works through pending applications in submit order. */
  listByStatus(status: ApplicationStatus, limit: number): Promise<ApplicationRecord[]>;
  insert(app: ApplicationRecord): Promise<void>;
  /** Replaces the document; `expectedStatus` guards against a concurrent transition. */
  update(app: ApplicationRecord, expectedStatus: ApplicationStatus): Promise<boolean>;
}

/**
 * One active application per child per season (R1.4), enforced by the database: a unique key on
 * (seasonId, child blind index). Claiming twice throws DuplicateKeyError; withdrawing releases it.
 */
export interface RegistrationRepo {
  claim(seasonId: string, childBlind: string, applicationId: string): Promise<void>;
  release(seasonId: string, childBlind: string, applicationId: string): Promise<void>;
  holder(seasonId: string, childBlind: string): Promise<string | null>;
}

export interface CounterRepo {
  /** Next value of a named sequence, starting at 1. */
  next(name: string): Promise<number>;
}

export interface CatalogRepo {
  getSeason(id: string): Promise<Season | null>;
  /** The season parents apply in now: the latest by year. */
  currentSeason(): Promise<Season | null>;
  listDistricts(): Promise<District[]>;
  listLargeDistricts(): Promise<LargeDistrict[]>;
  listSchools(): Promise<School[]>;
  getSchool(id: string): Promise<School | null>;
  listZones(): Promise<Zone[]>;
  listPolicies(): Promise<Policy[]>;
  getPolicy(id: string): Promise<Policy | null>;
  listFaq(): Promise<Faq[]>;
  getCategoryRules(seasonId: string): Promise<CategoryRules | null>;
  putCategoryRules(rules: CategoryRules): Promise<void>;
  /** Content writes (seed now, the staff console later). Upsert by id. */
  putSeason(season: Season): Promise<void>;
  putDistrict(district: District): Promise<void>;
  putLargeDistrict(ld: LargeDistrict): Promise<void>;
  putSchool(school: School): Promise<void>;
  putZone(zone: Zone): Promise<void>;
  putPolicy(policy: Policy): Promise<void>;
  putFaq(faq: Faq): Promise<void>;
}

export interface AuditRepo {
  append(entry: AuditRecord): Promise<void>;
  list(filter: { targetId?: string; action?: string }): Promise<AuditRecord[]>;
}

/** Lottery ceremonies (R3). The status guard makes "run once" a property of the database, not of timing. */
export interface DrawRepo {
  get(id: string): Promise<StoredDraw | null>;
  /** Ordered by scheduled time, then id. */
  listBySeason(seasonId: string): Promise<StoredDraw[]>;
  /** Throws DuplicateKeyError when a draw with this id exists. */
  insert(draw: StoredDraw): Promise<void>;
  /** Replaces the document only while it still has `expectedStatus`; false otherwise. */
  update(draw: StoredDraw, expectedStatus: DrawStatus): Promise<boolean>;
}

/**
 * In-app messages and their outbox state (one document each). Insert inside the transaction of the change
 * the message reports; the deliverer works through `listPending` outside any transaction.
 */
export interface MessageRepo {
  insert(message: MessageRecord): Promise<void>;
  get(id: string): Promise<MessageRecord | null>;
  /** Newest first (time, then id descending). */
  listForUser(userId: string, limit: number): Promise<MessageRecord[]>;
  /** Sets `readAt` once, and only on the user's own message; false when there is no such message. */
  markRead(userId: string, id: string, at: string): Promise<boolean>;
  /** Oldest first: delivery keeps the order in which things happened. */
  listPending(limit: number): Promise<MessageRecord[]>;
  /** Each of these counts one attempt. */
  markSent(id: string, at: string, channel: 'wechat' | 'in_app'): Promise<void>;
  markSkipped(id: string, at: string, reason: string): Promise<void>;
  /** `final`: the cap is reached and the message is `failed`; otherwise it stays `pending` for a retry. */
  markFailed(id: string, error: string, final: boolean): Promise<void>;
}

/** Helpers' profiles (R4.1): one per helper, found by the code they give parents. */
export interface HelperProfileRepo {
  get(userId: string): Promise<HelperProfileRecord | null>;
  findByCode(code: string): Promise<HelperProfileRecord | null>;
  /** Throws DuplicateKeyError when the helper has a profile or the code is taken. */
  insert(profile: HelperProfileRecord): Promise<void>;
  /** Replaces name, organisation and kind; the code and the owner never change. */
  update(profile: HelperProfileRecord): Promise<void>;
}

/** Parents' authorisations of helpers (R6.3). */
export interface HelperGrantRepo {
  get(id: string): Promise<HelperGrantRecord | null>;
  insert(grant: HelperGrantRecord): Promise<void>;
  /** Newest first (creation time, then id descending). */
  listByGuardian(guardianId: string): Promise<HelperGrantRecord[]>;
  /** Newest first (creation time, then id descending). */
  listByHelper(helperId: string): Promise<HelperGrantRecord[]>;
  /** Still 'active' with `expiresAt` at or before `now`: oldest deadline first. */
  listDue(now: string, limit: number): Promise<HelperGrantRecord[]>;
  /** Replaces the document only while it still has `expectedStatus`; false otherwise (revoked meanwhile). */
  update(grant: HelperGrantRecord, expectedStatus: HelperGrantRecord['status']): Promise<boolean>;
}
