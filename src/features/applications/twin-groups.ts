import type { ApplicationView } from '../../../types/models/application';
import type { ChildView } from '../../../types/models/child';

/** The published rule (R2.1) binds two to four applications; more is not offered. */
const MIN_SIZE = 2;
const MAX_SIZE = 4;

/**
 * Open, not yet bound applications of children born the same day for the same school, season and stage:
 * the ones a parent may bind. The backend decides; this only decides when to offer it.
 */
export function twinGroups(applications: ApplicationView[], children: ChildView[]): ApplicationView[][] {
  const birthDate = new Map(children.map((c) => [c.id, c.birthDate]));
  const groups = new Map<string, ApplicationView[]>();
  for (const a of applications) {
    const born = birthDate.get(a.child.id);
    if (a.status === 'withdrawn' || a.binding || !born) continue;
    const key = [a.seasonId, a.stage, a.school.id, born].join('|');
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()].filter((g) => g.length >= MIN_SIZE && g.length <= MAX_SIZE);
}
