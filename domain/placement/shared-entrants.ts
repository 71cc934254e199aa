// Who enters each large district's shared round. An applicant enters only if its own school waitlisted it
// (a placed child keeps its place); a unit that applied only for shared seats always enters. Districts come in
// the order of the schools list, entrants in the order of the requests: the same input gives the same record.
import { ownStatus, WAITLISTED, type RoundContext } from './round-context';

/** Request indices by district: district d's entrants are requests[start[d] .. start[d + 1]). */
export interface SharedEntrants {
  readonly start: Int32Array;
  readonly requests: Int32Array;
  /** Per request: the district whose round it enters, -1 if it does not. */
  readonly entering: Int32Array;
}

export function sharedEntrants(context: RoundContext): SharedEntrants {
  const { requestUnits, requestDistricts } = context.index.requests;
  const districts = context.index.frame.districts.length;
  // Locals, not imported bindings, in the loop: see lottery/word-stream.ts.
  const statusOf = ownStatus;
  const waiting = WAITLISTED;
  // A counting sort by district, as for cells: -1 marks a request that does not enter.
  const entering = new Int32Array(requestUnits.length);
  const start = new Int32Array(districts + 1);
  for (let r = 0; r < requestUnits.length; r++) {
    const unit = requestUnits[r]!;
    const d = unit < 0 || statusOf(context, unit) === waiting ? requestDistricts[r]! : -1;
    entering[r] = d;
    if (d >= 0) start[d + 1]!++;
  }
  for (let d = 0; d < districts; d++) start[d + 1]! += start[d]!;
  const requests = new Int32Array(start[districts]!);
  const fill = start.slice(0, districts);
  for (let r = 0; r < entering.length; r++) if (entering[r]! >= 0) requests[fill[entering[r]!]!++] = r;
  return { start, requests, entering };
}
