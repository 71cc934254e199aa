// Runs the CLI as an observer would, through tsx in a child process, on temporary files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordDraw, type DrawInput } from '../domain/lottery';

const FIXTURE = 'tests/fixtures/lottery-vectors.json';
const vectors = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  spec: string;
  cases: Record<string, unknown>[];
};
const demo = vectors.cases[0]!;
const inputOf = (c: Record<string, unknown>) => ({
  drawId: c.drawId,
  seats: c.seats,
  units: c.units,
  secret: c.secret,
  publicEntropy: c.publicEntropy,
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lottery-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function cli(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/lottery-cli.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

jest.setTimeout(60_000);

describe('lottery CLI', () => {
  it('draw prints the record of vector 1, byte for byte (pretty-printed)', () => {
    const { code, stdout } = cli('draw', file('demo-input.json', inputOf(demo)));
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(demo, null, 2)}\n`);
  });

  it('draw runs a shared-seat round', () => {
    const shared = vectors.cases.find((c) => 'spare' in c)!;
    const { spare, preferences, drawId, secret, publicEntropy } = shared;
    const { code, stdout } = cli(
      'draw',
      file('shared.json', { drawId, spare, preferences, secret, publicEntropy }),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(shared);
  });

  it('verify says valid and exits 0 for a published record', () => {
    expect(cli('verify', file('demo-record.json', demo))).toMatchObject({ code: 0, stdout: 'valid\n' });
  });

  it('verify names the tampered field and exits 1', () => {
    const ranking = ['A4', 'A2+A3', 'A1'];
    const { code, stdout, stderr } = cli('verify', file('tampered.json', { ...demo, ranking }));
    expect(code).toBe(1);
    expect(stdout).toBe('invalid: ranking\n');
    expect(stderr).toContain('"A2+A3","A4","A1"');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /找不到文件 \/ file not found/],
    ['unreadable JSON', () => file('broken.json', '{"drawId": '), /不是有效的 JSON \/ not valid JSON/],
    ['a record that is not an object', () => file('array.json', '[]'), /not a lottery record/],
  ])('verify exits 2 on %s', (_name, path, message) => {
    const { code, stdout, stderr } = cli('verify', path());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('draw exits 2 with every problem of an invalid input', () => {
    const { code, stderr } = cli(
      'draw',
      file('bad-input.json', { ...inputOf(demo), seats: -1, secret: 'short' }),
    );
    expect(code).toBe(2);
    expect(stderr).toContain('invalid draw input');
    expect(stderr).toContain('seats must be a whole number');
    expect(stderr).toContain('secret must be 16–128');
  });

  it('prints usage and exits 2 on an unknown command or missing argument', () => {
    for (const args of [['shuffle', 'x.json'], ['draw'], []]) {
      const { code, stderr } = cli(...args);
      expect(code).toBe(2);
      expect(stderr).toContain('用法 / usage');
    }
  });
});

describe('reference vectors', () => {
  it('serialise back to the fixture file byte for byte', () => {
    const records = vectors.cases.map((c) => {
      const keys = 'spare' in c ? ['drawId', 'spare', 'preferences'] : ['drawId', 'seats', 'units'];
      const input = Object.fromEntries([...keys, 'secret', 'publicEntropy'].map((k) => [k, c[k]]));
      return recordDraw(input as unknown as DrawInput);
    });
    expect(JSON.stringify({ spec: vectors.spec, cases: records }, null, 1)).toBe(
      readFileSync(FIXTURE, 'utf8'),
    );
  });
});
