import { z } from 'zod';

/** Roles of the foundation; more (district admin, department reviewer, observer) come with their issues. */
export const roleSchema = z.enum(['parent', 'helper', 'reviewer', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  parent: '家长',
  helper: '帮办志愿者',
  reviewer: '审核员',
  admin: '管理员',
};
