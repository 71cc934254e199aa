// Public API of the sunshine lottery (enroll-lottery/v1, docs/lottery-spec.md).
export { drawLottery, type DrawOutcome } from './draw-lottery';
export {
  recordDraw,
  recordSchoolDraw,
  recordSharedSeatsDraw,
  isSharedSeatsInput,
  type DrawInput,
  type DrawRecord,
  type SchoolDrawInput,
  type SchoolDrawRecord,
  type SharedSeatsDrawInput,
  type SharedSeatsDrawRecord,
} from './draw-record';
export { verifyRecord, type VerifyResult } from './verify-record';
export {
  validateDrawInput,
  type InputProblem,
  DRAW_ID_PATTERN,
  APPLICATION_NUMBER_PATTERN,
  SCHOOL_ID_PATTERN,
  SECRET_PATTERN,
  PUBLIC_ENTROPY_PATTERN,
} from './validate-draw-input';
export {
  canonicalUnit,
  canonicalUnits,
  canonicalList,
  listHash,
  commitment,
  type CanonicalUnit,
} from './canonical-list';
export { computeSeed, LOTTERY_VERSION } from './seed';
export { rankUnits, type Ranked, type RankingInput } from './rank-units';
export { admitWholeUnits, type SchoolAdmission } from './draw-school';
export { assignSharedSeats, type SharedSeatsAllocation } from './draw-shared-seats';
export { WordStream, type WordSource } from './word-stream';
export { uniform } from './uniform';
export { shuffle } from './shuffle';
export { sha256 } from './sha256';
export { encodeUtf8 } from './utf8';
export { toHex } from './hex';
