// Backs up a database that another process keeps writing to, then restores it into a fresh DATA_DIR through
// the CLI, as an operator would, and reads the rows back.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupDataDir, companionsOf, integrityOf, restoreDataDir } from './sqlite-backup';

let root: string;
let live: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(tmpdir(), 'backup-restore-'));
  live = path.join(root, 'live');
  fs.mkdirSync(path.join(live, 'files', 'materials'), { recursive: true });
  fs.writeFileSync(path.join(live, 'keys.json'), '{"dataKey":"k"}', { mode: 0o600 });
  fs.writeFileSync(path.join(live, 'files', 'materials', 'hukou.jpg'), 'jpeg bytes');
  const db = new Database(path.join(live, 'enroll.db'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 20_000; i++) insert.run(`row ${i} ${'x'.repeat(200)}`);
  })();
  db.close();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A second process inserting rows in small transactions until killed, like a server under load. */
const startWriter = (dbFile: string): Promise<ChildProcess> => {
  const script = `const db = new (require('better-sqlite3'))(${JSON.stringify(dbFile)});
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    let n = 0; console.log('writing');
    setInterval(() => { for (let i = 0; i < 50; i++) insert.run('live ' + n++); }, 1);`;
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd() });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve(child));
    child.once('error', reject);
  });
};

const count = (dbFile: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const restoreCli = (backup: string, dataDir: string, port: number) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/restore.ts', backup], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

let backupDb: string;

test('backs up a live database, with keys.json and files/ beside it', async () => {
  const writer = await startWriter(path.join(live, 'enroll.db'));
  try {
    while (count(path.join(live, 'enroll.db')) <= 20_000) await new Promise((r) => setTimeout(r, 5));
    const result = await backupDataDir(live, undefined, new Date(2026, 4, 1, 9, 5, 7));
    backupDb = result.db;
  } finally {
    writer.kill('SIGTERM');
  }
  expect(path.basename(backupDb)).toBe('enroll-20260501-090507.db');
  expect(integrityOf(backupDb)).toBe('ok');
  expect(count(backupDb)).toBeGreaterThan(20_000); // the writer's rows up to the snapshot are in
  const { keys, files } = companionsOf(backupDb);
  expect(fs.readFileSync(keys, 'utf8')).toBe('{"dataKey":"k"}');
  expect(fs.statSync(keys).mode & 0o777).toBe(0o600);
  expect(fs.readFileSync(path.join(files, 'materials', 'hukou.jpg'), 'utf8')).toBe('jpeg bytes');
  await expect(backupDataDir(live, backupDb)).rejects.toThrow(/already exist/);
}, 30_000);

test('restore refuses while a server answers /healthz', async () => {
  const server = http.createServer((_req, res) => res.end('{"ok":true}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const fresh = path.join(root, 'refused');
  try {
    const r = await restoreCli(backupDb, fresh, port);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/restore refused: a server answers on http:\/\/127\.0\.0\.1:\d+\/healthz/);
  } finally {
    server.close();
  }
  expect(fs.existsSync(path.join(fresh, 'enroll.db'))).toBe(false);
}, 30_000);

test('restores into a fresh DATA_DIR and the rows read back', async () => {
  const fresh = path.join(root, 'fresh');
  const r = await restoreCli(backupDb, fresh, await freePort());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(count(path.join(fresh, 'enroll.db'))).toBe(count(backupDb));
  const db = new Database(path.join(fresh, 'enroll.db'), { readonly: true });
  expect(db.prepare('SELECT body FROM rows WHERE id = 1').get()).toEqual({
    body: `row 0 ${'x'.repeat(200)}`,
  });
  db.close();
  expect(fs.readFileSync(path.join(fresh, 'keys.json'), 'utf8')).toBe('{"dataKey":"k"}');
  expect(fs.readFileSync(path.join(fresh, 'files', 'materials', 'hukou.jpg'), 'utf8')).toBe('jpeg bytes');
}, 30_000);

test('restore sets the current data aside instead of deleting it', () => {
  const target = path.join(root, 'existing');
  restoreDataDir(backupDb, target);
  const { setAside } = restoreDataDir(backupDb, target, new Date(2026, 4, 2, 0, 0, 0));
  expect(path.basename(setAside)).toBe('pre-restore-20260502-000000');
  expect(fs.readdirSync(setAside).sort()).toEqual(['enroll.db', 'files', 'keys.json']);
});

test('restore refuses a damaged backup or one without its keys', () => {
  const damaged = path.join(root, 'damaged.db');
  const bytes = fs.readFileSync(backupDb);
  bytes.fill(0xff, 4096 * 3, 4096 * 40); // b-tree pages overwritten, header intact
  fs.writeFileSync(damaged, bytes);
  fs.copyFileSync(companionsOf(backupDb).keys, companionsOf(damaged).keys);
  expect(() => restoreDataDir(damaged, path.join(root, 'never'))).toThrow(/integrity_check|malformed/);
  const keyless = path.join(root, 'keyless.db');
  fs.copyFileSync(backupDb, keyless);
  expect(() => restoreDataDir(keyless, path.join(root, 'never'))).toThrow(/keys\.json is missing/);
  expect(fs.existsSync(path.join(root, 'never', 'enroll.db'))).toBe(false);
});
