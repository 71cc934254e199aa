// Labels and constants copied from types/ so the mini-program does not bundle zod for a few strings.
// The `typeof` annotations make tsc fail if the contract and this copy drift apart.
import type { CONSENT_VERSION as ContractConsentVersion } from '../../types/api/enroll';
import type { Stage } from '../../types/common';
import type { AddressKind } from '../../types/models/address';
import type { ApplicationStatus } from '../../types/models/application';
import type { Role } from '../../types/roles';
import type { DepartmentKind } from '../../types/models/department-facts';
import type { VerificationView } from '../../types/models/verification';
import type { GRANT_DEFAULT_DAYS as ContractGrantDefaultDays, HelperKind } from '../../types/models/helper';
import type { MAX_SHARED_CHOICES as ContractMaxSharedChoices } from '../../types/models/placement';

type GreenChannelKind = NonNullable<VerificationView['greenChannel']>['kind'];

export const CONSENT_VERSION: typeof ContractConsentVersion = '2026-1';

export const STAGE_LABELS: Record<Stage, string> = { primary: '小学一年级', junior: '初中一年级' };
export const STAGES: Stage[] = ['primary', 'junior'];

export const ADDRESS_KIND_LABELS: Record<AddressKind, string> = { hukou: '户籍地址', residence: '居住地址' };

export const ROLE_LABELS: Record<Role, string> = {
  parent: '家长',
  helper: '帮办志愿者',
  reviewer: '审核员',
  admin: '管理员',
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  pending_verification: '待核验',
  submitted: '已提交',
  under_review: '审核中',
  returned: '退回补正',
  approved: '审核通过',
  rejected: '审核未通过',
  admitted: '已录取',
  waitlisted: '候补',
  withdrawn: '已撤回',
};

export const SEX_LABELS = { male: '男', female: '女' } as const;

/** What each department vouches for, in the parent's words (copied from DEPARTMENT_LABELS[kind].subject). */
export const DEPARTMENT_SUBJECTS: Record<DepartmentKind, string> = {
  hukou: '户籍',
  property: '房产',
  social_insurance: '社保',
  residence_permit: '居住证与租赁备案',
  military: '军人家庭',
  talent: '人才认定',
};

export const GREEN_CHANNEL_LABEL = '绿色通道';
export const GREEN_CHANNEL_KINDS: Record<GreenChannelKind, string> = {
  military: '军人子女',
  talent: '人才子女',
};

/** 帮办: the kinds a helper picks from before any profile (and its backend label) exists. */
export const HELPER_KIND_LABELS: Record<HelperKind, string> = {
  grid_worker: '社区网格员',
  youth_volunteer: '青年志愿者',
  teacher: '教师',
  other: '其他帮办人员',
};
export const GRANT_DEFAULT_DAYS: typeof ContractGrantDefaultDays = 7;

/** 大学区共享学位 (R2.2): how many schools one request may list, in order of preference. */
export const MAX_SHARED_CHOICES: typeof ContractMaxSharedChoices = 5;
