import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

/**
 * The naive baseline running in lottery-baseline-child.ts: `run()` times one placement there, and says how
 * many children it placed (the parent's season must be the same).
 */
export interface BaselineProcess {
  run(): Promise<{ ms: number; children: number }>;
  close(): void;
}

/** Starts the child and resolves once it has built its season and warmed up. */
export async function startBaseline(children: number): Promise<BaselineProcess> {
  const script = path.join(__dirname, 'lottery-baseline-child.ts');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(children)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  const failed = new Promise<never>((_, reject) =>
    child.on('exit', (code) => reject(new Error(`baseline child exited with ${code}`))),
  );
  failed.catch(() => undefined); // reported by the next line awaited
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = () => Promise.race([new Promise<string>((resolve) => waiting.push(resolve)), failed]);
  const ready = await nextLine();
  if (ready !== 'ready') throw new Error(`baseline child said ${ready}`);
  return {
    async run() {
      child.stdin.write('run\n');
      const [ms, children] = (await nextLine()).split(' ').map(Number);
      return { ms: ms!, children: children! };
    },
    close() {
      child.stdin.end();
    },
  };
}
