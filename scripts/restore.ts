import path from 'node:path';
import { restoreDataDir, serverAnswers } from './sqlite-backup';

/**
 * `npm run restore -- <backup.db>`: replaces $DATA_DIR's database, keys and files with the backup. Refuses
 * while a server answers on PORT: it holds the database open and would keep writing to the replaced file.
 */
const main = async (): Promise<number> => {
  const backup = process.argv[2];
  if (!backup) {
    console.error('usage: npm run restore -- <backup.db>   (DATA_DIR, PORT and HOST as for npm start)');
    return 2;
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? './.data');
  const host = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : '127.0.0.1';
  const health = `http://${host}:${process.env.PORT ?? '10086'}/healthz`;
  if (await serverAnswers(health)) {
    console.error(`restore refused: a server answers on ${health}. Stop it first (systemctl stop ruxue).`);
    return 1;
  }
  const { setAside } = restoreDataDir(backup, dataDir);
  console.log(`restored ${path.resolve(backup)} into ${dataDir}`);
  console.log(`the previous database, keys and files are in ${setAside}`);
  return 0;
};

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`restore failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
