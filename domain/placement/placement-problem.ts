// Problems are collected, never thrown, so staff see every fault of a season's data at once.
import type { PlacementProblem } from './placement-types';

export function problem(code: string, path: string, chinese: string, english: string): PlacementProblem {
  return { code, path, message: `${chinese} / ${english}` };
}

export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function isSeatCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
