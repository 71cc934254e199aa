import { loadClockOffset, saveClockOffset } from './clock-file';
import { createOffsetClock, type ControllableClock } from './offset-clock';

/** The CLOCK_CONTROL clock of a data folder: it resumes where the last start left it, and remembers moves. */
export const openControllableClock = (dataDir: string): ControllableClock =>
  createOffsetClock({
    offsetMs: loadClockOffset(dataDir),
    onMove: (offsetMs) => saveClockOffset(dataDir, offsetMs),
  });
