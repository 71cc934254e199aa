import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface LocalServer {
  baseUrl: string;
  /** The department simulator next to it, for fault injection (`POST /__faults`). */
  simulatorUrl: string;
  dataDir: string;
  stop: () => Promise<void>;
  log: () => string;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const waitForHealth = async (url: string, child: ChildProcess, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer ${url}/healthz within ${timeoutMs} ms`);
};

/**
 * The real local runtime (server/start.ts) on a free port with a fresh, throw-away data folder, its
 * department simulator pinned to another free port. `env` tunes it (re-check interval, breaker).
 */
export const startLocalServer = async (
  root: string,
  env: Record<string, string> = {},
): Promise<LocalServer> => {
  if (!fs.existsSync(path.join(root, 'dist/h5/index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` first');
  }
  const port = await freePort();
  const simPort = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ryjs-e2e-'));
  let output = '';
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SKIP_H5_BUILD: '1',
      DEPARTMENTS_SIM_PORT: String(simPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, 60_000);
  } catch (e) {
    await stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${output}`);
  }
  return { baseUrl, simulatorUrl: `http://127.0.0.1:${simPort}`, dataDir, stop, log: () => output };
};
