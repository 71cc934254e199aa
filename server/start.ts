import http from 'node:http';
import { registry } from '../cloudfunctions/registry';
import { loadConfig } from './config';
import { ensureH5Build } from './ensure-h5-build';
import { createHttpApp } from './http-app';
import { runDelivery } from '../cloudfunctions/notify/deliver';
import { runRecheck } from '../cloudfunctions/verify/recheck';
import { openLocalRuntime } from './local-ports';
import { seedDemo } from './seed/seed-demo';

/** `npm start`: build what is missing, migrate, seed the demo city, serve app and API. */
const main = async (): Promise<void> => {
  const config = loadConfig();
  if (config.buildH5IfMissing) ensureH5Build(config.h5Dir);
  const runtime = await openLocalRuntime(config.dataDir);
  const { ports } = runtime;
  if (runtime.simulator)
    console.log(
      `[start] 部门数据模拟服务：${runtime.simulator.url}（故障注入：POST ${runtime.simulator.url}/__faults）`,
    );
  if (await seedDemo(ports.store, ports.clock.now())) console.log('[start] 已写入演示数据（云溪区）');

  const server = http.createServer(
    createHttpApp({
      ports,
      registry,
      h5Dir: config.h5Dir,
      bodyLimitBytes: config.bodyLimitBytes,
      rateLimit: config.rateLimit,
    }),
  );
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.listen(config.port, config.host, () => {
    console.log(
      `[start] 入学一件事 running at http://${config.host}:${config.port} (data: ${config.dataDir})`,
    );
  });

  // The production timer trigger's local twin: completes 待核验 applications once departments recover.
  const recheck = setInterval(() => {
    runRecheck(ports, 200).catch((e) =>
      console.error('[recheck] failed', e instanceof Error ? e.message : e),
    );
  }, config.recheckIntervalMs);
  recheck.unref();
  // The `deliver` timer's local twin: there is no WeChat here, so the outbox is closed as in-app only.
  const deliver = setInterval(() => {
    runDelivery(ports, 200).catch((e) =>
      console.error('[deliver] failed', e instanceof Error ? e.message : e),
    );
  }, config.deliverIntervalMs);
  deliver.unref();

  // Finish the requests in flight, then close the database cleanly (WAL checkpoint).
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[start] ${signal}: shutting down`);
    clearInterval(recheck);
    clearInterval(deliver);
    server.close(() => {
      void runtime.close().then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
};

main().catch((e) => {
  console.error('[start] failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
