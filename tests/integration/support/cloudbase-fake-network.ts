import { Writable } from 'node:stream';
import type { DbParams, FakeCloudbaseBackend } from './cloudbase-fake-backend';
import { FAKE_COS_HOST, type StorageParams } from './cloudbase-fake-objects';

/**
 * The seam: `@cloudbase/node-sdk/dist/utils/tcbapirequester` exports `request()`, through which the
 * SDK's TcbDBApiHttpRequester sends every `database.*` action (signing, then HTTP). Tests replace that one
 * function (jest.mock in cloudbase-store.test.ts) with `fakeRequest`, which routes by environment id to
 * an in-process backend. Everything above it (query builder, serialisers, result shaping, transactions)
 * is the real SDK.
 */
const REGISTRY = Symbol.for('ruxue.fake-cloudbase.backends');
const backends = (): Map<string, FakeCloudbaseBackend> => {
  const g = globalThis as unknown as Record<symbol, Map<string, FakeCloudbaseBackend> | undefined>;
  return (g[REGISTRY] ??= new Map());
};

export const registerFakeBackend = (env: string, backend: FakeCloudbaseBackend) => {
  backends().set(env, backend);
  return backend;
};

export const dropFakeBackend = (env: string) => backends().delete(env);

interface RequestArgs {
  config: { envName?: string };
  params: DbParams | StorageParams;
}

/** Same contract as the SDK's `request()`: the parsed reply, or a thrown TcbError when it has a `code`. */
export const fakeRequest = async (args: RequestArgs): Promise<unknown> => {
  const { processReturn } = jest.requireActual<{ processReturn: (r: unknown) => unknown }>(
    '@cloudbase/node-sdk/dist/utils/utils',
  );
  const env = args.config.envName ?? '';
  const backend = backends().get(env);
  if (!backend)
    return processReturn({ code: 'INVALID_ENV', message: `no fake CloudBase environment ${env}` });
  if (args.params.action.startsWith('storage.')) {
    const reply = backend.objects.handle(JSON.parse(JSON.stringify(args.params)) as StorageParams, env);
    return reply.code ? processReturn(reply) : reply;
  }
  if (!args.params.action.startsWith('database.')) {
    return processReturn({
      code: 'FAKE_UNSUPPORTED',
      message: `fake CloudBase serves database.* and storage.* only`,
    });
  }
  // Through JSON, as over the wire: the backend never shares an object with the caller.
  const reply = await backend.handle(JSON.parse(JSON.stringify(args.params)) as DbParams);
  return reply.code ? processReturn(reply) : reply;
};

const COS_DENIED =
  '<?xml version="1.0" encoding="utf-8"?><Error><Code>AccessDenied</Code><Message>no upload was authorised ' +
  'for this key</Message><RequestId>fake</RequestId><TraceId>fake</TraceId></Error>';

type CosCallback = (
  err: Error | null,
  res?: { statusCode: number; headers: Record<string, string> },
  body?: Buffer,
) => void;

/**
 * The second seam, for storage only: `@cloudbase/node-sdk/dist/utils/request-core` exports `request()`,
 * with which the SDK PUTs an upload to and GETs a download from the COS URL the first hop handed out.
 * Replace it (jest.mock in production-files.test.ts) with this function: it answers from the environment's
 * FakeObjectStore, and refuses every other URL as a network error, since no test may leave the process.
 */
export const fakeCosRequest = (opts: { method: string; url: string }, callback: CosCallback): Writable => {
  const url = new URL(opts.url);
  const [, env = '', ...rest] = decodeURI(url.pathname).split('/');
  const cloudPath = rest.join('/');
  const store = url.host === FAKE_COS_HOST ? backends().get(env)?.objects : undefined;
  const chunks: Buffer[] = [];
  const reply = (status: number, body = Buffer.alloc(0)) =>
    setImmediate(() => callback(null, { statusCode: status, headers: {} }, body));
  const req = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  if (!store) {
    setImmediate(() => callback(new Error(`fake network: no route to ${url.host}`)));
    return req;
  }
  const method = opts.method.toLowerCase();
  if (method === 'put') {
    // Answers when the SDK's pipe ends the request: an empty body is COS's "stored".
    req.on('finish', () => {
      const signed = `${url.origin}${url.pathname}`;
      if (!store.pendingUploads.delete(signed)) return reply(403, Buffer.from(COS_DENIED));
      store.objects.set(cloudPath, Buffer.concat(chunks));
      reply(200);
    });
  } else if (method === 'get') {
    const bytes = store.objects.get(cloudPath);
    if (bytes) reply(200, Buffer.from(bytes));
    else reply(404);
  } else {
    setImmediate(() => callback(new Error(`fake COS does not support ${opts.method}`)));
  }
  return req;
};
