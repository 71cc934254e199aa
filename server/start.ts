import http from 'node:http';
import { registry } from '../cloudfunctions/registry';
import { loadConfig } from './config';
import { ensureH5Build } from './ensure-h5-build';
import { createHttpApp } from './http-app';
import { runGrantExpiry } from '../cloudfunctions/helper/expire-grants';
import { runDelivery } from '../cloudfunctions/notify/deliver';
import { expireOffers } from '../cloudfunctions/lottery/expire-offers';
import { runRecheck } from '../cloudfunctions/verify/recheck';
import { openControllableClock } from './clock/controllable-clock';
import { describeLotteryScenario, lotteryScenarioHouseholds, runLotteryScenario } from './demo-scenario';
import { openLocalRuntime } from './local-ports';
import { seedDemo } from './seed/seed-demo';

/** `npm start`: build what is missing, migrate, seed the demo city, serve app and API. */
const main = async (): Promise<void> => {
  const config = loadConfig();
  if (config.buildH5IfMissing) ensureH5Build(config.h5Dir);
  const clock = config.clockControl ? openControllableClock(config.dataDir) : undefined;
  const runtime = await openLocalRuntime(config.dataDir, process.env, {
    clock,
    extraHouseholds: config.demoScenario === 'lottery' ? lotteryScenarioHouseholds() : [],
  });
  const { ports } = runtime;
  if (clock)
    console.log(
      `[start] 可控时钟：${clock.now().toISOString()}（GET/POST http://${config.host}:${config.port}/__clock）`,
    );
  if (runtime.simulator)
    console.log(
      `[start] 部门数据模拟服务：${runtime.simulator.url}（故障注入：POST ${runtime.simulator.url}/__faults）`,
    );
  if (await seedDemo(ports.store, ports.clock.now())) console.log('[start] 已写入演示数据（云溪区）');
  if (config.demoScenario === 'lottery' && clock) {
    // The scenario's families are verified by the simulator's registry; a real gateway does not know them.
    if (!runtime.simulator)
      throw new Error('DEMO_SCENARIO=lottery needs the department simulator: unset DEPARTMENTS_BASE_URL');
    const report = await runtime.withQuietDepartments(() => runLotteryScenario({ ports, clock }));
    for (const line of describeLotteryScenario(report, `http://${config.host}:${config.port}`))
      console.log(line);
  }

  const server = http.createServer(
    createHttpApp({
      ports,
      registry,
      h5Dir: config.h5Dir,
      bodyLimitBytes: config.bodyLimitBytes,
      rateLimit: config.rateLimit,
      clockControl: clock,
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
  // The `expireOffers` timer's local twin: waitlist offers past their deadline lapse and pass the seat on.
  const expire = setInterval(() => {
    expireOffers(ports, ports.clock.now()).catch((e) =>
      console.error('[expire] failed', e instanceof Error ? e.message : e),
    );
  }, config.expireIntervalMs);
  expire.unref();
  // The `expireGrants` timer's local twin: a lapsed helper authorisation is refused at once; this tells the
  // parent. Every minute is plenty for deadlines counted in days.
  const expireGrants = setInterval(() => {
    runGrantExpiry(ports, 200).catch((e) =>
      console.error('[expireGrants] failed', e instanceof Error ? e.message : e),
    );
  }, 60_000);
  expireGrants.unref();

  // Finish the requests in flight, then close the database cleanly (WAL checkpoint).
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[start] ${signal}: shutting down`);
    clearInterval(recheck);
    clearInterval(deliver);
    clearInterval(expire);
    clearInterval(expireGrants);
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
