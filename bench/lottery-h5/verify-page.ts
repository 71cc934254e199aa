// Browser entry of the H5 verify bench: the same verifyRecord the mini-program's "verify on this phone" runs,
// timed inside the page so neither the bundle load nor playwright's messaging is counted.
import { verifyRecord } from '../../domain/lottery/verify-record';

declare global {
  interface Window {
    verifyTimed: (json: string) => { ms: number; valid: boolean };
  }
}

window.verifyTimed = (json) => {
  const t0 = performance.now();
  // Parsing is part of verifying a downloaded record, as the page would do it.
  const result = verifyRecord(JSON.parse(json));
  return { ms: performance.now() - t0, valid: result.valid };
};
