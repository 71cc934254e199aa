import type { z } from 'zod';
import type { Role } from '../roles';

/** 'public' actions need no login (catalog content); the others list exactly the roles that may call them. */
export type Access = 'public' | readonly Role[];

export interface ActionDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  access: Access;
  input: I;
  output: O;
  /** Only where the local runtime serves it (devLogin). */
  localOnly?: boolean;
}

export const defineAction = <I extends z.ZodType, O extends z.ZodType>(
  def: ActionDef<I, O>,
): ActionDef<I, O> => def;
