import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** `npm start` builds what is missing: the H5 app, once, the first time. */
export const ensureH5Build = (h5Dir: string): void => {
  if (fs.existsSync(path.join(h5Dir, 'index.html'))) return;
  console.log('[start] H5 应用尚未构建，正在构建（首次约需一两分钟）…');
  const result = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('H5 build failed: run `npm run build:h5` to see why');
};
