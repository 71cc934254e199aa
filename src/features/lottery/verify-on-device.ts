import { verifyRecord } from '../../../domain/lottery';

export interface DeviceCheck {
  valid: boolean;
  /** The first published field that the recomputation disagrees with. */
  field?: string;
  ms: number;
}

/** Recomputes the whole draw on this phone from the record's own inputs (pure JS, also in weapp). */
export const verifyOnDevice = (record: unknown): DeviceCheck => {
  const started = Date.now();
  const result = verifyRecord(record);
  const ms = Date.now() - started;
  return result.valid ? { valid: true, ms } : { valid: false, field: result.field, ms };
};
