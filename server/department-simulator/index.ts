/** The local stand-in for the government departments: what `npm start` runs on loopback. */
export {
  startDepartmentSimulator,
  type DepartmentSimulator,
  type DepartmentSimulatorOptions,
} from './start-department-simulator';
export { DEMO_FAMILIES, type DemoFamily, type DemoFamilyKey } from './demo-families';
export { createSyntheticRegistry, type SyntheticRegistry } from './synthetic-registry';
export { faultConfigSchema, type FaultConfig } from './fault-config';
export { HOUSEHOLD_PROFILES, type Household, type HouseholdProfile } from './household';
