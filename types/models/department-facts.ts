import { z } from 'zod';
import { isoDateSchema } from '../common';
import { addressSchema } from './address';

/**
 * What each department returns: only what the check needs (PIPL minimisation). No names of third
 * parties, no ID numbers: relations and yes/no facts instead.
 */
export const departmentKindSchema = z.enum([
  'hukou',
  'property',
  'social_insurance',
  'residence_permit',
  'military',
  'talent',
]);
export type DepartmentKind = z.infer<typeof departmentKindSchema>;

export const DEPARTMENT_LABELS: Record<DepartmentKind, { department: string; subject: string }> = {
  hukou: { department: '公安', subject: '户籍' },
  property: { department: '自然资源和规划局', subject: '房产' },
  social_insurance: { department: '人社局', subject: '社保' },
  residence_permit: { department: '住建局/公安', subject: '居住证与租赁备案' },
  military: { department: '人武部', subject: '军人家庭' },
  talent: { department: '组织部', subject: '人才认定' },
};

export const relationSchema = z.enum(['father', 'mother', 'grandparent', 'other']);

export const hukouFactsSchema = z.object({
  address: addressSchema,
  /** The guardian's relation to the child as the household register records it. */
  relation: relationSchema,
  moveInDate: isoDateSchema,
  sameHousehold: z.boolean(),
});
export const propertyFactsSchema = z.object({
  /** Whose name the title is in, relative to the guardian: no third-party names. */
  owner: z.enum(['guardian', 'spouse', 'guardian_and_spouse', 'other']),
  address: addressSchema,
  /** Share of the title held by the family, 0–1. */
  share: z.number().min(0).max(1),
  registeredOn: isoDateSchema,
});
export const socialInsuranceFactsSchema = z.object({
  monthsPaid: z.number().int().min(0),
  city: z.string(),
  paidUpToDate: z.boolean(),
});
export const residencePermitFactsSchema = z.object({
  permitValid: z.boolean(),
  validUntil: isoDateSchema.optional(),
  rentalRegistered: z.boolean(),
  rentalAddress: addressSchema.optional(),
});
export const militaryFactsSchema = z.object({ status: z.enum(['active', 'martyr', 'died_on_duty', 'none']) });
export const talentFactsSchema = z.object({ category: z.string().nullable() });

export const departmentFactsSchemas = {
  hukou: hukouFactsSchema,
  property: propertyFactsSchema,
  social_insurance: socialInsuranceFactsSchema,
  residence_permit: residencePermitFactsSchema,
  military: militaryFactsSchema,
  talent: talentFactsSchema,
} as const;

export type DepartmentFacts = { [K in DepartmentKind]: z.infer<(typeof departmentFactsSchemas)[K]> };
