/**
 * The family's wishes as taps build them: tapping a school adds it last, tapping it again takes it out (the
 * ones after it move up). A tap past `max` changes nothing and says so, rather than dropping an earlier wish.
 */
export const togglePick = (
  order: readonly string[],
  schoolId: string,
  max: number,
): { order: string[]; full: boolean } => {
  if (order.includes(schoolId)) return { order: order.filter((id) => id !== schoolId), full: false };
  if (order.length >= max) return { order: [...order], full: true };
  return { order: [...order, schoolId], full: false };
};

/** The backend's problems per wish (`schoolIds[i]`), keyed by the school id at that place of the order. */
export const issuesBySchool = (
  issues: readonly { path: readonly (string | number)[]; message: string }[],
  order: readonly string[],
): Map<string, string> => {
  const bySchool = new Map<string, string>();
  for (const issue of issues) {
    const [field, index] = issue.path;
    const schoolId = field === 'schoolIds' && typeof index === 'number' ? order[index] : undefined;
    if (schoolId && !bySchool.has(schoolId)) bySchool.set(schoolId, issue.message);
  }
  return bySchool;
};
