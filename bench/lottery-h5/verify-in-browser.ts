import { build } from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyRecord } from '../../domain/lottery';
import { median, medianMs } from '../measure';
import { record2k } from './record-2k';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOADS = 5;

/**
 * ms for verifyRecord on a 2,000-unit record in Chromium: the median over fresh page loads of the first (cold)
 * verification, which is what a parent pressing the button gets. Node's warm median is the baseline.
 */
export async function verifyInBrowser(
  log: (line: string) => void,
): Promise<{ browserMs: number; nodeMs: number } | null> {
  if (!fs.existsSync(CHROMIUM)) {
    log(`lottery.verify_2k_h5: skipped (no Chromium at ${CHROMIUM})`);
    return null;
  }
  const json = JSON.stringify(record2k());
  const nodeMs = medianMs(LOADS, () => verifyRecord(JSON.parse(json)));
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'bench-lottery-h5-'));
  const server = http.createServer((req, res) => {
    const file = req.url === '/verify.js' ? 'verify.js' : 'index.html';
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(fs.readFileSync(path.join(dir, file)));
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS }).catch((error: Error) => {
    log(`lottery.verify_2k_h5: skipped (Chromium did not start: ${error.message.split('\n')[0]})`);
    return null;
  });
  if (browser === null) return null;
  try {
    await build({
      entryPoints: [path.join(__dirname, 'verify-page.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      outfile: path.join(dir, 'verify.js'),
      logLevel: 'warning',
    });
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><script src="/verify.js"></script>',
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const page = await browser.newPage();
    const cold: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto(url);
      const { ms, valid } = await page.evaluate((text) => window.verifyTimed(text), json);
      if (!valid) throw new Error('the browser found the 2k record invalid');
      cold.push(ms);
    }
    const warm: number[] = [];
    for (let i = 0; i < LOADS; i++)
      warm.push((await page.evaluate((text) => window.verifyTimed(text), json)).ms);
    log(
      `lottery.verify_2k_h5: browser cold ${median(cold).toFixed(1)} ms, warm ${median(warm).toFixed(1)} ms; node warm ${nodeMs.toFixed(1)} ms`,
    );
    return { browserMs: median(cold), nodeMs };
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
