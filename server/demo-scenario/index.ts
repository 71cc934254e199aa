/** DEMO_SCENARIO=lottery: the lottery phase of the demo season, for `npm start`, the tests and the E2E. */
export {
  runLotteryScenario,
  type LotteryScenarioOptions,
  type LotteryScenarioReport,
  type MovableClock,
} from './run-lottery-scenario';
export { lotteryScenarioHouseholds } from './scenario-households';
export { lotteryScenarioFamilies, type ScenarioFamily } from './scenario-families';
export { LOTTERY_SCHOOL_ID, LOTTERY_TIER, SCENARIO_GROUPS, type ScenarioKind } from './scenario-plan';
export { firstDrawTimeAfter, morningAfterWithdrawDeadline } from './scenario-times';
export { describeLotteryScenario } from './describe-report';
