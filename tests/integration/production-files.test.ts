import tcb from '@cloudbase/node-sdk';
import { createCloudbaseFiles, FILES_COLLECTION } from '../../cloudfunctions/adapters/files/cloudbase-files';
import { openFakeCloudbaseDb } from './support/cloudbase-fake-db';
import type * as FakeNetwork from './support/cloudbase-fake-network';

// Both of the SDK's network seams are replaced: JSON actions (tcbapirequester) and the bytes to and from
// COS (request-core). Everything between the adapter and those two functions is the real node-sdk.
jest.mock('@cloudbase/node-sdk/dist/utils/tcbapirequester', () => ({
  ...jest.requireActual('@cloudbase/node-sdk/dist/utils/tcbapirequester'),
  request: (args: Parameters<typeof FakeNetwork.fakeRequest>[0]) =>
    jest.requireActual<typeof FakeNetwork>('./support/cloudbase-fake-network').fakeRequest(args),
}));
jest.mock('@cloudbase/node-sdk/dist/utils/request-core', () => ({
  ...jest.requireActual('@cloudbase/node-sdk/dist/utils/request-core'),
  request: (...args: Parameters<typeof FakeNetwork.fakeCosRequest>) =>
    jest.requireActual<typeof FakeNetwork>('./support/cloudbase-fake-network').fakeCosRequest(...args),
}));

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);

const open = async (prefix = '') => {
  const fake = await openFakeCloudbaseDb();
  // As `npm run deploy` creates it; the Store's own collections come with openFakeCloudbaseDb.
  const admin = fake.db as unknown as { createCollection(name: string): Promise<unknown> };
  await admin.createCollection(`${prefix}${FILES_COLLECTION}`);
  const app = tcb.init({ env: fake.env, secretId: 'fake-id', secretKey: 'fake-key' });
  return { ...fake, files: createCloudbaseFiles(app, fake.db, prefix) };
};

describe('Files on CloudBase storage (node-sdk over an in-process backend)', () => {
  it('stores a material under materials/<owner>/<fileId> and reads back the same bytes and type', async () => {
    const { files, backend, env } = await open();
    const stored = await files.put({
      ownerId: 'u-parent1',
      name: '户口本.jpg',
      contentType: 'image/jpeg',
      bytes: JPEG,
    });
    expect(stored).toEqual({ fileId: expect.stringMatching(/^f-[A-Za-z0-9_-]+$/), size: JPEG.length });
    expect([...backend.objects.objects.keys()]).toEqual([`materials/u-parent1/${stored.fileId}`]);
    expect(backend.objects.objects.get(`materials/u-parent1/${stored.fileId}`)).toEqual(JPEG);
    // The file's facts, keyed by the port's id; the CloudBase fileID names the bucket.
    const meta = backend.storage.scan(FILES_COLLECTION);
    expect(meta).toEqual([
      expect.objectContaining({
        _id: stored.fileId,
        ownerId: 'u-parent1',
        contentType: 'image/jpeg',
        size: JPEG.length,
        cloudFileId: backend.objects.fileIdOf(env, `materials/u-parent1/${stored.fileId}`),
      }),
    ]);
    expect(await files.get(stored.fileId)).toEqual({ contentType: 'image/jpeg', bytes: JPEG });
  });

  it('answers null for an unknown, malformed or vanished file', async () => {
    const { files, backend } = await open('t_');
    expect(await files.get('f-doesnotexist')).toBeNull();
    expect(await files.get('../users/u1')).toBeNull();
    const stored = await files.put({ ownerId: 'u-p2', name: 'a.png', contentType: 'image/png', bytes: JPEG });
    backend.objects.objects.clear();
    expect(await files.get(stored.fileId)).toBeNull();
    expect(backend.storage.scan(`t_${FILES_COLLECTION}`)).toHaveLength(1);
  });

  it('refuses an owner id that is not a plain id, before anything is uploaded', async () => {
    const { files, backend } = await open();
    await expect(
      files.put({ ownerId: '../../etc', name: 'x.jpg', contentType: 'image/jpeg', bytes: JPEG }),
    ).rejects.toThrow(/owner id/);
    expect(backend.objects.objects.size).toBe(0);
  });

  it('passes a storage refusal on as an error and records nothing', async () => {
    const { files, backend } = await open();
    // A COS that refuses every PUT: the SDK turns its XML error into a thrown STORAGE_REQUEST_FAIL.
    jest.spyOn(backend.objects.pendingUploads, 'delete').mockReturnValue(false);
    await expect(
      files.put({ ownerId: 'u-p3', name: 'x.jpg', contentType: 'image/jpeg', bytes: JPEG }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/AccessDenied/) });
    expect(backend.storage.scan(FILES_COLLECTION)).toEqual([]);
  });
});
