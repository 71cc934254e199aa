import type { Address } from '../../types/models/address';
import {
  DEPARTMENT_LABELS,
  type DepartmentFacts,
  type DepartmentKind,
} from '../../types/models/department-facts';
import type { CheckResult } from '../../types/models/verification';

/** A department's answer as the port delivers it (kept structural so domain/ needs no adapter types). */
export type AnswerLike =
  | { outcome: 'found'; kind: DepartmentKind; facts: unknown; checkedAt: string; responseHash: string }
  | { outcome: 'not_found'; kind: DepartmentKind; checkedAt: string; responseHash: string }
  | { outcome: 'unavailable'; kind: DepartmentKind; checkedAt: string };

export const formatAddress = (a: Address): string =>
  `${a.district}${a.street ?? ''}${a.houseNumber ?? ''}${a.estate ?? ''}${a.building ?? ''}`;

const RELATIONS = {
  father: '父亲',
  mother: '母亲',
  grandparent: '祖父母/外祖父母',
  other: '其他亲属',
} as const;
const OWNERS = {
  guardian: '监护人',
  spouse: '配偶',
  guardian_and_spouse: '监护人与配偶共有',
  other: '他人',
} as const;
const MILITARY = {
  active: '现役军人子女',
  martyr: '烈士子女',
  died_on_duty: '因公牺牲军人子女',
  none: '',
} as const;

/** "Found" facts that still contradict the application: only these, and a missing hukou, ask for material. */
const contradiction = (kind: DepartmentKind, facts: unknown): string | null => {
  if (kind !== 'hukou') return null;
  const h = facts as DepartmentFacts['hukou'];
  if (!h.sameHousehold) return '孩子与监护人不在同一户籍';
  if (h.relation === 'other') return '户籍登记的监护关系与申请人不一致';
  return null;
};

const describeFound = (kind: DepartmentKind, facts: unknown): string => {
  switch (kind) {
    case 'hukou': {
      const h = facts as DepartmentFacts['hukou'];
      return `户籍地址 ${formatAddress(h.address)}，监护人为${RELATIONS[h.relation]}，${h.moveInDate} 迁入`;
    }
    case 'property': {
      const p = facts as DepartmentFacts['property'];
      return `房产 ${formatAddress(p.address)}，产权人：${OWNERS[p.owner]}，${p.registeredOn} 登记`;
    }
    case 'social_insurance': {
      const s = facts as DepartmentFacts['social_insurance'];
      return `社保在${s.city}累计缴纳 ${s.monthsPaid} 个月${s.paidUpToDate ? '，缴费正常' : '，目前断缴'}`;
    }
    case 'residence_permit': {
      const r = facts as DepartmentFacts['residence_permit'];
      const permit = r.permitValid ? `居住证有效${r.validUntil ? `至 ${r.validUntil}` : ''}` : '居住证已失效';
      const rental =
        r.rentalRegistered && r.rentalAddress ? `，租赁备案 ${formatAddress(r.rentalAddress)}` : '';
      return permit + rental;
    }
    case 'military':
      return MILITARY[(facts as DepartmentFacts['military']).status] || '无军人家庭登记';
    case 'talent':
      return (facts as DepartmentFacts['talent']).category ?? '无人才认定';
  }
};

const NOT_FOUND: Record<DepartmentKind, { text: string; needsMaterial: boolean }> = {
  hukou: { text: '未查到孩子与监护人的户籍记录', needsMaterial: true },
  property: { text: '未查到房产登记（如租房居住，可不提供）', needsMaterial: false },
  social_insurance: { text: '未查到社保缴纳记录', needsMaterial: false },
  residence_permit: { text: '未查到居住证或租赁备案', needsMaterial: false },
  military: { text: '无军人家庭登记', needsMaterial: false },
  talent: { text: '无人才认定', needsMaterial: false },
};

/**
 * Whether a check asks for a material: a definite mismatch, a missing record the category cannot do
 * without (the household register), or an item the parent disputes. Recomputed when disputes change.
 */
export const needsMaterialFor = (
  kind: DepartmentKind,
  outcome: CheckResult['outcome'],
  disputed: boolean,
): boolean =>
  disputed || outcome === 'mismatch' || (outcome === 'not_found' && NOT_FOUND[kind].needsMaterial);

export const classifyAnswer = (a: AnswerLike, disputed = false): CheckResult => {
  const { department } = DEPARTMENT_LABELS[a.kind];
  const base = { kind: a.kind, department, checkedAt: a.checkedAt, disputed };
  if (a.outcome === 'unavailable') {
    return {
      ...base,
      outcome: 'unavailable',
      summary: `${department}：暂时无法查询，系统将自动重新核验`,
      needsMaterial: false,
    };
  }
  if (a.outcome === 'not_found') {
    const nf = NOT_FOUND[a.kind];
    return {
      ...base,
      outcome: 'not_found',
      summary: `${department}：${nf.text}`,
      responseHash: a.responseHash,
      needsMaterial: needsMaterialFor(a.kind, 'not_found', disputed),
    };
  }
  const problem = contradiction(a.kind, a.facts);
  return {
    ...base,
    outcome: problem ? 'mismatch' : 'verified',
    summary: `${department}：${describeFound(a.kind, a.facts)}${problem ? `（${problem}）` : ' 已核验'}`,
    facts: a.facts as Record<string, unknown>,
    responseHash: a.responseHash,
    needsMaterial: needsMaterialFor(a.kind, problem ? 'mismatch' : 'verified', disputed),
  };
};
