import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const FILE = 'clock.json';
const stateSchema = z.object({ offsetMs: z.number().int().min(0) });

/**
 * The moved clock's offset, kept beside the database: a restart on the same DATA_DIR must not take time
 * back before draws and audit entries already written at the moved time (and reopen a closed deadline).
 */
export const loadClockOffset = (dataDir: string): number => {
  const file = path.join(dataDir, FILE);
  if (!fs.existsSync(file)) return 0;
  const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is not a clock state ({ "offsetMs": n }); delete it to reset`);
  return parsed.data.offsetMs;
};

export const saveClockOffset = (dataDir: string, offsetMs: number): void => {
  const file = path.join(dataDir, FILE);
  // Write then rename: a crash mid-write leaves the previous offset, never half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ offsetMs: Math.round(offsetMs) }), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
};
