import { randomUUID } from 'node:crypto';

/** What the SDK posts for the two `storage.*` actions the Files adapter needs (see node-sdk storage/index.js). */
export interface StorageParams {
  action: string;
  path?: string;
  file_list?: { fileid: string; max_age?: number }[];
}

/** The fake object server's origin: `https://<host>/<env>/<cloudPath>`; nothing real answers there. */
export const FAKE_COS_HOST = 'cos.fake-cloudbase.invalid';

/**
 * CloudBase storage as the node-sdk reaches it. Uploads and downloads take two hops: a JSON action through
 * tcbapirequester (`storage.getUploadMetadata` answers a signed COS URL; `storage.batchGetDownloadUrl`
 * answers temporary URLs), then a PUT or GET of the bytes on that URL through the SDK's request-core. This
 * class answers the first hop; `fakeCosRequest` (cloudbase-fake-network.ts) serves the second from `objects`.
 */
export class FakeObjectStore {
  /** Bytes by cloud path, as they arrived over the (fake) COS PUT. */
  readonly objects = new Map<string, Buffer>();
  /** Upload URLs handed out and not used yet: a PUT anywhere else is refused, as COS refuses it. */
  readonly pendingUploads = new Set<string>();

  bucketOf = (env: string) => `${env}.fake-bucket-1250000000`;
  fileIdOf = (env: string, cloudPath: string) => `cloud://${this.bucketOf(env)}/${cloudPath}`;
  urlOf = (env: string, cloudPath: string) => `https://${FAKE_COS_HOST}/${env}/${cloudPath}`;

  handle(p: StorageParams, env: string): Record<string, unknown> {
    const requestId = randomUUID();
    switch (p.action) {
      case 'storage.getUploadMetadata': {
        // COS keys accept letters, digits, / ! - _ . * ' ( ) and Chinese; the adapter uses far fewer.
        if (!p.path || !/^[A-Za-z0-9/_.-]+$/.test(p.path) || p.path.startsWith('/')) {
          return { requestId, code: 'INVALID_PARAM', message: `bad cloudPath ${p.path}` };
        }
        const url = this.urlOf(env, p.path);
        this.pendingUploads.add(url);
        const data = {
          url,
          token: 'fake-cos-token',
          authorization: 'fake-cos-signature',
          fileId: this.fileIdOf(env, p.path),
          cosFileId: `cos-${randomUUID()}`,
        };
        return { requestId, data };
      }
      case 'storage.batchGetDownloadUrl': {
        const prefix = `cloud://${this.bucketOf(env)}/`;
        const list = (p.file_list ?? []).map(({ fileid }) => {
          const path = fileid.startsWith(prefix) ? fileid.slice(prefix.length) : null;
          return path !== null && this.objects.has(path)
            ? { code: 'SUCCESS', fileID: fileid, tempFileURL: `${this.urlOf(env, path)}?sign=fake` }
            : { code: 'STORAGE_FILE_NONEXIST', fileID: fileid, tempFileURL: '', message: 'file not found' };
        });
        return { requestId, data: { download_list: list } };
      }
      default:
        return {
          requestId,
          code: 'FAKE_UNSUPPORTED',
          message: `fake CloudBase does not support ${p.action}`,
        };
    }
  }
}
