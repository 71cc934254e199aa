import fs from 'node:fs/promises';
import path from 'node:path';
import type { Files } from '../../lib/ports/files';
import { newId } from '../../lib/new-id';

/** Files on local disk under DATA_DIR/files: one machine and tests. Production uses CloudBase storage. */
export const createDiskFiles = (root: string): Files => ({
  async put({ contentType, bytes }) {
    await fs.mkdir(root, { recursive: true, mode: 0o700 });
    const fileId = newId('f');
    await fs.writeFile(path.join(root, fileId), bytes, { mode: 0o600, flag: 'wx' });
    await fs.writeFile(path.join(root, `${fileId}.type`), contentType, { mode: 0o600 });
    return { fileId, size: bytes.length };
  },
  async get(fileId) {
    if (!/^f-[A-Za-z0-9_-]+$/.test(fileId)) return null;
    try {
      const [bytes, contentType] = await Promise.all([
        fs.readFile(path.join(root, fileId)),
        fs.readFile(path.join(root, `${fileId}.type`), 'utf8'),
      ]);
      return { bytes, contentType };
    } catch {
      return null;
    }
  },
});
