// The observer's tool for the sunshine lottery (enroll-lottery/v1, docs/lottery-spec.md):
//   npm run -s lottery -- draw <input.json>     prints the published record
//   npm run -s lottery -- verify <record.json>  prints "valid" (exit 0) or "invalid: <field>" (exit 1)
// Exit 2 for anything that is not a verdict: usage, unreadable file, bad JSON, invalid draw input.
import { readFileSync } from 'node:fs';
import { drawLottery, verifyRecord } from '../domain/lottery';

const USAGE = [
  '用法 / usage:',
  '  npm run -s lottery -- draw <input.json>     摇号并输出公示记录 / draw and print the published record',
  '  npm run -s lottery -- verify <record.json>  核验公示记录 / verify a published record',
].join('\n');

class CliError extends Error {}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `找不到文件 / file not found: ${path}`
        : `无法读取文件 / cannot read file: ${path} (${code ?? String(error)})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`不是有效的 JSON / not valid JSON: ${path} (${(error as Error).message})`);
  }
}

function draw(path: string): number {
  const outcome = drawLottery(readJson(path));
  if (!outcome.ok) {
    const lines = outcome.problems.map((p) => `  - ${p.message}`);
    throw new CliError(['摇号输入无效 / invalid draw input:', ...lines].join('\n'));
  }
  process.stdout.write(`${JSON.stringify(outcome.record, null, 2)}\n`);
  return 0;
}

function verify(path: string): number {
  const record = readJson(path);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new CliError(
      `不是摇号公示记录（须为 JSON 对象）/ not a lottery record (must be a JSON object): ${path}`,
    );
  }
  const result = verifyRecord(record);
  if (result.valid) {
    process.stdout.write('valid\n');
    return 0;
  }
  process.stdout.write(`invalid: ${result.field}\n`);
  process.stderr.write(
    `核验不通过 / verification failed at "${result.field}"\n  expected: ${brief(result.expected)}\n  actual:   ${brief(result.actual)}\n`,
  );
  return 1;
}

// Rankings of a district run to hundreds of thousands of keys; show enough to locate the difference.
function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

function run(args: readonly string[]): number {
  const [command, path, ...rest] = args;
  if ((command !== 'draw' && command !== 'verify') || path === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    return command === 'draw' ? draw(path) : verify(path);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

process.exitCode = run(process.argv.slice(2));
