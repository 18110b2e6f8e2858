// startEmulator: assembles the store, seed, fault injector and HTTP server into a running Emulator.

import type { AddressInfo } from "node:net";
import { FaultInjector } from "./faults";
import { NextTokens } from "./nextToken";
import { OPERATIONS, type OperationContext } from "./operations";
import type { Emulator, EmulatorOptions, FaultRule, SeedPool } from "./options";
import { type PoolRecord, parsePoolArn, poolArn } from "./poolRecord";
import { randomSource } from "./random";
import { DEFAULT_REQUEST_LOG_BODY_BYTES, DEFAULT_REQUEST_LOG_SIZE, RequestLog } from "./requestLog";
import { ACCOUNT_ID, loadSeed, REGION, seedPoolRecord } from "./seed";
import { createEmulatorServer } from "./server";
import { PoolStore } from "./store";

function checkOptions(options: EmulatorOptions): void {
  const { port, activationDelayMs, defaultMaxResults, maxBodyBytes, requestLogSize, requestLogBodyBytes } =
    options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new Error(`port ${JSON.stringify(port)} must be an integer from 0 to 65535 (0 picks a free port)`);
  }
  if (options.region !== undefined && !REGION.test(options.region)) {
    throw new Error(`region ${JSON.stringify(options.region)} is not a region name like us-east-1`);
  }
  if (options.accountId !== undefined && !ACCOUNT_ID.test(options.accountId)) {
    throw new Error(`accountId ${JSON.stringify(options.accountId)} must be 12 digits`);
  }
  if (activationDelayMs !== undefined && !(typeof activationDelayMs === "number" && activationDelayMs >= 0)) {
    throw new Error(
      `activationDelayMs ${JSON.stringify(activationDelayMs)} must be a number of milliseconds >= 0`,
    );
  }
  if (
    defaultMaxResults !== undefined &&
    !(Number.isInteger(defaultMaxResults) && defaultMaxResults >= 1 && defaultMaxResults <= 100)
  ) {
    throw new Error(
      `defaultMaxResults ${JSON.stringify(defaultMaxResults)} must be an integer from 1 to 100`,
    );
  }
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new Error(`maxBodyBytes ${JSON.stringify(maxBodyBytes)} must be a positive integer`);
  }
  if (requestLogSize !== undefined && !(Number.isInteger(requestLogSize) && requestLogSize >= 0)) {
    throw new Error(
      `requestLogSize ${JSON.stringify(requestLogSize)} must be an integer >= 0 (requests kept; 0 keeps none)`,
    );
  }
  if (
    requestLogBodyBytes !== undefined &&
    !(Number.isInteger(requestLogBodyBytes) && requestLogBodyBytes >= 0)
  ) {
    throw new Error(`requestLogBodyBytes ${JSON.stringify(requestLogBodyBytes)} must be an integer >= 0`);
  }
}

/**
 * Starts a local, wire-compatible AWS End User Messaging SMS endpoint (`pinpoint-sms-voice-v2`, JSON 1.0).
 *
 * @example
 * const emulator = await startEmulator({ seed: { pools: [{ poolId: "pool-a" }] } });
 * const client = new PinpointSMSVoiceV2Client({ endpoint: emulator.endpoint, region: emulator.region,
 *   credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" } });
 * await emulator.stop();
 * @public
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  checkOptions(options);
  const host = options.host ?? "127.0.0.1";
  const region = options.region ?? "us-east-1";
  const accountId = options.accountId ?? "123456789012";
  const activationDelayMs = options.activationDelayMs ?? 0;
  const idRandom = randomSource(options.randomSeed);
  const faultRandom = randomSource(
    options.randomSeed === undefined ? undefined : options.randomSeed ^ 0x5bd1e995,
  );
  const newPoolId = () => `pool-${idRandom.hex(16)}`;

  const store = new PoolStore();
  const tokens = new NextTokens();
  const clientTokens = new Map<string, PoolRecord>();
  const faults = new FaultInjector(options.faults ?? [], faultRandom);
  const requestLog = new RequestLog(
    options.requestLogSize ?? DEFAULT_REQUEST_LOG_SIZE,
    options.requestLogBodyBytes ?? DEFAULT_REQUEST_LOG_BODY_BYTES,
  );

  const addPools = (pools: SeedPool[], where: string): Array<{ poolId: string; poolArn: string }> => {
    if (!Array.isArray(pools)) throw new Error(`${where} must be a list of pools`);
    const now = Date.now();
    const records = pools.map((pool, i) =>
      seedPoolRecord(pool, `${where}[${i}]`, { accountId, region, now, newPoolId }),
    );
    const arns = new Set<string>();
    records.forEach((record, i) => {
      if (arns.has(record.poolArn) || store.has(record.region, record.accountId, record.poolId)) {
        throw new Error(
          `${where}[${i}].poolId "${record.poolId}" already exists in ${record.accountId}/${record.region}`,
        );
      }
      arns.add(record.poolArn);
    });
    for (const record of records) store.add(record);
    return records.map((record) => ({ poolId: record.poolId, poolArn: record.poolArn }));
  };
  if (options.seed !== undefined) addPools(loadSeed(options.seed).pools, "seed.pools");

  const { server, pending } = createEmulatorServer({
    accountId,
    faults,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    emulates: (operation) => OPERATIONS.has(operation),
    invoke(operation, input, requestRegion, now, numberAsSent) {
      store.settle(now);
      const context: OperationContext = {
        store,
        accountId,
        region: requestRegion,
        now,
        tokens,
        newPoolId,
        activationDelayMs,
        defaultMaxResults: options.defaultMaxResults ?? 100,
        clientTokens,
        numberAsSent,
      };
      return OPERATIONS.get(operation)!(input, context);
    },
    requestLog,
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let stopping: Promise<void> | undefined;

  return {
    endpoint: `http://${urlHost}:${port}`,
    port,
    region,
    accountId,
    requests: requestLog.entries,
    clearRequests: () => {
      requestLog.clear();
    },
    setFaults: (rules: FaultRule[]) => faults.set(rules),
    addPools: (pools) => addPools(pools, "pools"),
    removePool(poolIdOrArn) {
      const parsed = parsePoolArn(poolIdOrArn);
      const arn = parsed ? poolIdOrArn : poolArn(region, accountId, poolIdOrArn);
      const target = parsed ? parsed : { region, accountId, poolId: poolIdOrArn };
      const pool = store.resolve(target.region, target.accountId, arn);
      return pool ? store.remove(pool) : false;
    },
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}
