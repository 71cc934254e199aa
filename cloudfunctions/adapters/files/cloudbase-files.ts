import type { CloudbaseDb } from '../store/cloudbase/cloudbase-db';
import { readDoc } from '../store/cloudbase/documents';
import type { Files } from '../../lib/ports/files';
import { newId } from '../../lib/new-id';

/** The slice of the node-sdk app this adapter uses (`tcb.init(...)` is passed as it is). */
export interface CloudbaseStorageApp {
  uploadFile(p: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID?: string }>;
  downloadFile(p: { fileID: string }): Promise<{ fileContent?: Buffer | string }>;
}

/**
 * Where a file's facts live: CloudBase answers a download with bytes only, and its fileID
 * (`cloud://<env>.<bucket>/<path>`) names a bucket we cannot derive. Not one of the Store's collections:
 * the Files port owns it, `npm run deploy` creates it.
 */
export const FILES_COLLECTION = 'files';

interface FileDoc {
  _id: string;
  cloudFileId: string;
  ownerId: string;
  contentType: string;
  size: number;
  createdAt: string;
}

const FILE_ID = /^f-[A-Za-z0-9_-]{1,40}$/;
const SAFE_OWNER = /^[A-Za-z0-9_-]{1,64}$/;

/** CloudBase reports a missing object per file in the download list; the SDK throws it with this code. */
const isMissing = (e: unknown) =>
  /STORAGE_FILE_NONEXIST|FILE_NOT_EXIST/.test(String((e as { code?: unknown } | null)?.code ?? ''));

/**
 * The Files port on CloudBase storage. Materials are photos of children's documents: they sit under
 * `materials/<ownerId>/<fileId>`, storage rules must deny every client read and write (docs/deploy.md),
 * and only functions reach them, with the server SDK's admin rights.
 */
export const createCloudbaseFiles = (app: CloudbaseStorageApp, db: CloudbaseDb, prefix = ''): Files => {
  const files = () => db.collection(`${prefix}${FILES_COLLECTION}`);
  return {
    async put({ ownerId, contentType, bytes }) {
      // The owner id becomes a path segment: anything but a plain id is refused rather than escaped.
      if (!SAFE_OWNER.test(ownerId)) throw new Error('file owner id is not a plain id');
      const fileId = newId('f');
      const { fileID } = await app.uploadFile({
        cloudPath: `materials/${ownerId}/${fileId}`,
        fileContent: bytes,
      });
      if (!fileID) throw new Error('CloudBase storage answered an upload without a fileID');
      const doc: FileDoc = {
        _id: fileId,
        cloudFileId: fileID,
        ownerId,
        contentType,
        size: bytes.length,
        createdAt: new Date().toISOString(),
      };
      // After the upload: a failed upload leaves nothing behind; a failed write leaves an object no
      // record points to, which is unreachable and harmless.
      await files().add(doc);
      return { fileId, size: bytes.length };
    },
    async get(fileId) {
      if (!FILE_ID.test(fileId)) return null;
      const doc = (await readDoc(files().doc(fileId))) as FileDoc | null;
      if (!doc) return null;
      try {
        const { fileContent } = await app.downloadFile({ fileID: doc.cloudFileId });
        return fileContent ? { contentType: doc.contentType, bytes: Buffer.from(fileContent) } : null;
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
  };
};
