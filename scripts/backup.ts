import path from 'node:path';
import { backupDataDir } from './sqlite-backup';

/** `npm run backup [-- <dest.db>]`: online backup of $DATA_DIR (default ./.data) while the server runs. */
const dataDir = path.resolve(process.env.DATA_DIR ?? './.data');

backupDataDir(dataDir, process.argv[2]).then(
  ({ db, keys, files }) => {
    console.log(`backup written: ${db}`);
    console.log(keys ? `keys:  ${keys} (keep a copy offline, apart from the data)` : 'keys:  none found!');
    console.log(files ? `files: ${files}` : 'files: none (no uploaded materials yet)');
  },
  (e: unknown) => {
    console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
