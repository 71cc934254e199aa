// Province codes (first two digits) of the administrative division code, GB/T 2260.
// Only the province is checked: county codes change every year and old IDs keep their old codes.
const PROVINCES = new Set([
  ...[11, 12, 13, 14, 15],
  ...[21, 22, 23],
  ...[31, 32, 33, 34, 35, 36, 37],
  ...[41, 42, 43, 44, 45, 46],
  ...[50, 51, 52, 53, 54],
  ...[61, 62, 63, 64, 65],
  ...[71, 81, 82, 83],
]);

/**
 * A plausible 6-digit region prefix: a known province. Deliberately loose below that level: rejecting a
 * real child's number blocks the whole application, a typo elsewhere is caught by the check digit.
 */
export function isPlausibleRegion(region: string): boolean {
  return /^\d{6}$/.test(region) && PROVINCES.has(Number(region.slice(0, 2)));
}
