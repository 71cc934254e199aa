import type { DbParams, FakeCloudbaseBackend } from './cloudbase-fake-backend';

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
  params: DbParams;
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
  if (!args.params.action.startsWith('database.')) {
    return processReturn({ code: 'FAKE_UNSUPPORTED', message: `fake CloudBase serves database.* only` });
  }
  // Through JSON, as over the wire: the backend never shares an object with the caller.
  const reply = await backend.handle(JSON.parse(JSON.stringify(args.params)) as DbParams);
  return reply.code ? processReturn(reply) : reply;
};
