// Who enters each large district's shared round. An applicant enters only if its own school waitlisted it
// (a placed child keeps its place); a unit that applied only for shared seats always enters. Districts come in
// the order of the schools list, entrants in the order of the requests: the same input gives the same record.
import { WAITLISTED, type Placements } from './round-context';
import type { SeasonIndex } from './season-index';

/** Request indices by district: district d's entrants are requests[start[d] .. start[d + 1]). */
export interface SharedEntrants {
  readonly start: Int32Array;
  readonly requests: Int32Array;
}

export function sharedEntrants(index: SeasonIndex, placed: Placements): SharedEntrants {
  const { requestUnits, requestDistricts } = index.requests;
  const districts = index.frame.districts.length;
  // A counting sort by district, as for cells: -1 marks a request that does not enter.
  const entering = new Int32Array(requestUnits.length);
  const start = new Int32Array(districts + 1);
  for (let r = 0; r < requestUnits.length; r++) {
    const unit = requestUnits[r]!;
    const d = unit < 0 || placed.status[unit] === WAITLISTED ? requestDistricts[r]! : -1;
    entering[r] = d;
    if (d >= 0) start[d + 1]!++;
  }
  for (let d = 0; d < districts; d++) start[d + 1]! += start[d]!;
  const requests = new Int32Array(start[districts]!);
  const fill = start.slice(0, districts);
  for (let r = 0; r < entering.length; r++) if (entering[r]! >= 0) requests[fill[entering[r]!]!++] = r;
  return { start, requests };
}
