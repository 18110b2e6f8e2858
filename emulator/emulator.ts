// startEmulator: assembles the store, seed, state file, fault injector and HTTP server into a running Emulator.

import type { AddressInfo } from "node:net";
import { FaultInjector } from "./faults";
import { receive } from "./inbound";
import { messageLogOf } from "./messages";
import { OPERATIONS } from "./operations";
import type { Emulator, EmulatorOptions, FaultRule, SeedPool } from "./options";
import { MAX_RANDOM_SEED, randomSource } from "./random";
import { SERVED_REGIONS } from "./regions";
import { checkedReviewRules } from "./registrationReview";
import { DEFAULT_REQUEST_LOG_BODY_BYTES, DEFAULT_REQUEST_LOG_SIZE, RequestLog } from "./requestLog";
import { accountSettingsProblems } from "./resources/account";
import { RESOURCE_KINDS } from "./resources/kind";
import { removePool } from "./resources/membership";
import { POOLS } from "./resources/pool";
import { setRegistrationReview } from "./reviewControl";
import { ACCOUNT_ID, applySeed, checkAccounts, loadSeed, REGION, type SeedContext } from "./seed";
import { createEmulatorServer } from "./server";
import { SmsService } from "./service";
import { StateFile } from "./stateFile";
import { lockStateFile, type StateLock } from "./stateLock";
import { Store } from "./store";

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
  if ("strictReferences" in options) {
    throw new Error(
      "strictReferences is gone: references are checked as AWS checks them by default; lenientReferences: true departs from that",
    );
  }
  if (options.accounts !== undefined) checkAccounts(options.accounts, "accounts");
  if (options.accountSettings !== undefined) {
    const problems = accountSettingsProblems(options.accountSettings, "accountSettings");
    if (problems.length > 0) throw new Error(problems.join("\n"));
  }
  for (const name of ["lenientReferences", "lenientRegistrations"] as const) {
    const value = options[name];
    if (value !== undefined && typeof value !== "boolean") {
      throw new Error(`${name} ${JSON.stringify(value)} must be true or false`);
    }
  }
  if (
    options.regions !== undefined &&
    !(
      Array.isArray(options.regions) &&
      options.regions.length > 0 &&
      options.regions.every((r) => typeof r === "string" && REGION.test(r))
    )
  ) {
    throw new Error(
      `regions ${JSON.stringify(options.regions)} must be a non-empty list of region names like us-east-1`,
    );
  }
  const served = options.regions ?? SERVED_REGIONS;
  const region = options.region ?? "us-east-1";
  if (!served.includes(region)) {
    throw new Error(
      `region ${JSON.stringify(region)} is not served (${options.regions ? "regions" : "End User Messaging SMS is not offered there"}); name one of: ${served.join(", ")}`,
    );
  }
  for (const [account, regions] of Object.entries(options.disabledRegions ?? {})) {
    if (!ACCOUNT_ID.test(account))
      throw new Error(`disabledRegions key ${JSON.stringify(account)} must be 12 digits`);
    if (!Array.isArray(regions) || !regions.every((r) => typeof r === "string" && REGION.test(r))) {
      throw new Error(
        `disabledRegions.${account} ${JSON.stringify(regions)} must be a list of region names like af-south-1`,
      );
    }
  }
  const { randomSeed } = options;
  if (
    randomSeed !== undefined &&
    !(Number.isInteger(randomSeed) && randomSeed >= 0 && randomSeed <= MAX_RANDOM_SEED)
  ) {
    throw new Error(
      `randomSeed ${JSON.stringify(randomSeed)} must be an integer from 0 to ${MAX_RANDOM_SEED} (the 32-bit seed of the generator)`,
    );
  }
  if (options.state !== undefined && (typeof options.state !== "string" || options.state === "")) {
    throw new Error(`state ${JSON.stringify(options.state)} must be the path of a JSON state file`);
  }
  for (const [name, value] of [
    ["activationDelayMs", activationDelayMs],
    ["reviewDelayMs", options.reviewDelayMs],
  ] as const) {
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value >= 0)) {
      throw new Error(`${name} ${JSON.stringify(value)} must be a number of milliseconds >= 0`);
    }
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
  if (OPERATIONS.size === 0) throw new Error("no operation handlers were found in emulator/operations");

  // Held until stop: a second emulator on the same file is refused before it reads anything.
  const lock = options.state === undefined ? undefined : await lockStateFile(options.state);
  try {
    return await startLocked(options, lock);
  } catch (err) {
    await lock?.release();
    throw err;
  }
}

async function startLocked(options: EmulatorOptions, lock: StateLock | undefined): Promise<Emulator> {
  const served = options.regions ?? SERVED_REGIONS;
  const host = options.host ?? "127.0.0.1";
  const region = options.region ?? "us-east-1";
  const accountId = options.accountId ?? "123456789012";
  const idRandom = randomSource(options.randomSeed);
  const faultRandom = randomSource(
    options.randomSeed === undefined ? undefined : (options.randomSeed ^ 0x5bd1e995) >>> 0,
  );
  const store = new Store(RESOURCE_KINDS);
  const stateFile =
    options.state === undefined
      ? undefined
      : new StateFile(options.state, () => {
          const lost = lock?.lost();
          return lost && new Error(`its lock was lost (${lost.message}); another process may be writing it`);
        });
  const restored = stateFile?.load(store) ?? false;
  // The seed's `accounts` are configuration (which access key acts as which account), so they apply on every
  // start; its resources made the state when the file was new, so they are applied only when nothing was restored.
  const seed = options.seed === undefined ? undefined : loadSeed(options.seed);
  if (restored && seed?.accounts !== undefined) checkAccounts(seed.accounts, "seed.accounts");
  const accounts = new Map(Object.entries({ ...seed?.accounts, ...options.accounts }));
  const service = new SmsService(store, {
    defaultAccountId: accountId,
    defaultRegion: region,
    accounts,
    activationDelayMs: options.activationDelayMs ?? 0,
    defaultMaxResults: options.defaultMaxResults ?? 100,
    lenientReferences: options.lenientReferences ?? false,
    lenientRegistrations: options.lenientRegistrations ?? false,
    reviews: {
      delayMs: options.reviewDelayMs ?? 0,
      rules: checkedReviewRules(seed?.registrationReviews, "seed.registrationReviews"),
    },
    idRandom,
    changed: stateFile ? () => stateFile.commit(store) : undefined,
  });
  const seedContext = (): SeedContext => ({
    accountId,
    region,
    now: service.now(),
    newId: (prefix) => service.newId(prefix),
  });
  if (seed && !restored) applySeed(store, seed, "seed", seedContext());
  for (const [account, settings] of Object.entries(options.accountSettings ?? {})) {
    store.setAccountSettings(account, { ...store.accountSettings.get(account), ...settings });
  }
  // Written at start, restored or new: a file that can't be written is found now, not at the first change.
  if (stateFile) {
    try {
      stateFile.save(store);
    } catch (error) {
      throw new Error(
        `state file ${stateFile.path} can't be written (${(error as Error).message}); the emulator writes it after every change: ` +
          "make the file and its folder writable, or give another --state file",
      );
    }
  }

  const faults = new FaultInjector(options.faults ?? [], faultRandom);
  const requestLog = new RequestLog(
    options.requestLogSize ?? DEFAULT_REQUEST_LOG_SIZE,
    options.requestLogBodyBytes ?? DEFAULT_REQUEST_LOG_BODY_BYTES,
  );
  const { server, pending } = createEmulatorServer({
    service,
    faults,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    requestLog,
    regions: new Set(served),
    disabledRegions: new Map(Object.entries(options.disabledRegions ?? {}).map(([a, r]) => [a, new Set(r)])),
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
    addPools(pools: SeedPool[]) {
      if (!Array.isArray(pools)) throw new Error("pools must be a list of pools");
      const added = applySeed(store, { pools }, "", seedContext());
      // Not saved, not added: the store goes back to what the file holds, and the caller gets the error.
      if (stateFile) stateFile.commit(store);
      return added.pools.map((pool) => ({ poolId: pool.id, poolArn: pool.arn }));
    },
    removePool(poolIdOrArn) {
      const pools = store.of(POOLS);
      const parsed = POOLS.parseArn(poolIdOrArn);
      const pool = parsed ? pools.get(poolIdOrArn) : pools.own(region, accountId, poolIdOrArn);
      if (!pool) return false;
      // As the pool's owner, like DeletePool (without its deletion protection); perform saves the state file.
      return service.perform({ accountId: pool.accountId, region: pool.region }, service.now(), (context) =>
        removePool(pool, context),
      );
    },
    sentMessages: (filter) => messageLogOf(store).list(filter),
    clearMessages: () => messageLogOf(store).clear(),
    receive: (message) => receive(service, message, service.now()),
    now: () => service.now(),
    setRegistrationReview: (registration, review, where = {}) =>
      setRegistrationReview(service, { registration, ...where }, review, { accountId, region }),
    advanceClock: (ms) => service.moveClock((clock) => clock.advance(ms)),
    setClock: (time) =>
      service.moveClock((clock) => clock.moveTo(time instanceof Date ? time.getTime() : time)),
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => lock?.release());
      return stopping;
    },
  };
}
