import type { Household, HouseholdProfile } from '../department-simulator/household';
import { lotteryScenarioFamilies, type ScenarioFamily } from './scenario-families';
import type { ScenarioKind } from './scenario-plan';

const PROFILE: Record<ScenarioKind, HouseholdProfile> = {
  owner: 'owner_in_zone',
  twins: 'owner_in_zone',
  military: 'military',
  talent: 'talent',
  hukou_only: 'hukou_only',
  renter: 'renter',
};

/**
 * What the department simulator must know for the scenario's 一键核 to verify: one household per child
 * (the departments answer per guardian and child), twins sharing their guardian and records.
 */
export const lotteryScenarioHouseholds = (
  families: readonly ScenarioFamily[] = lotteryScenarioFamilies(),
): Household[] =>
  families.flatMap((f) =>
    f.children.map((child, c) => ({
      id: `${f.subject}-${c}`,
      profile: PROFILE[f.kind],
      guardianIdNumber: f.guardianIdNumber,
      childIdNumber: child.idNumber,
      records: f.records,
    })),
  );
