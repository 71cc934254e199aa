import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openControllableClock } from './controllable-clock';
import { createOffsetClock } from './offset-clock';

const HOUR = 3600_000;

describe('the offset clock', () => {
  it('runs with the system clock and moves forward only', () => {
    let wall = Date.parse('2026-06-01T00:00:00Z');
    const moves: number[] = [];
    const clock = createOffsetClock({ systemNow: () => wall, onMove: (o) => moves.push(o) });
    expect(clock.now().toISOString()).toBe('2026-06-01T00:00:00.000Z');

    expect(clock.moveTo(new Date('2026-07-20T09:00:00+08:00'))).toBe(true);
    expect(clock.now().toISOString()).toBe('2026-07-20T01:00:00.000Z');
    wall += HOUR; // time still runs after a move
    expect(clock.now().toISOString()).toBe('2026-07-20T02:00:00.000Z');

    expect(clock.moveTo(new Date('2026-07-20T01:30:00Z'))).toBe(false);
    expect(clock.moveTo(clock.now())).toBe(false);
    expect(clock.now().toISOString()).toBe('2026-07-20T02:00:00.000Z');
    expect(moves).toEqual([clock.offsetMs()]);
  });

  it('resumes a data folder at its moved time after a restart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clock-'));
    const first = openControllableClock(dir);
    const target = new Date(Date.now() + 45 * 24 * HOUR);
    expect(first.moveTo(target)).toBe(true);
    const again = openControllableClock(dir);
    expect(again.now().getTime()).toBeGreaterThanOrEqual(target.getTime());
    expect(again.offsetMs()).toBe(first.offsetMs());
  });

  it('refuses a clock file it cannot read rather than starting at another time', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clock-'));
    fs.writeFileSync(path.join(dir, 'clock.json'), '{"offsetMs":-5}');
    expect(() => openControllableClock(dir)).toThrow(/clock\.json/);
  });
});
