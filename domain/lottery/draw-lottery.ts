// The one safe entry point for untrusted input: validate, then draw. Callers (CLI, cloud function) never need
// to remember the order.
import { recordDraw, type DrawInput, type DrawRecord } from './draw-record';
import { validateDrawInput, type InputProblem } from './validate-draw-input';

export type DrawOutcome = { ok: true; record: DrawRecord } | { ok: false; problems: InputProblem[] };

export function drawLottery(input: unknown): DrawOutcome {
  const problems = validateDrawInput(input);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, record: recordDraw(input as DrawInput) };
}
