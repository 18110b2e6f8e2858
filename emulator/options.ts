// The emulator's public contract: options, seed data, fault rules, the request log and the running handle.

/**
 * One pool to put in the store, from a seed file, `EmulatorOptions.seed` or `Emulator.addPools`.
 * @public
 */
export interface SeedPool {
  /** Default: generated `"pool-"` + 32 lowercase hex characters, like AWS. */
  poolId?: string;
  /**
   * Owner account. Default: the emulator's account. Another account makes the pool one SHARED with the
   * emulator's account: visible only by ARN and under `Owner: "SHARED"`.
   */
  accountId?: string;
  /** Default: the emulator's region. */
  region?: string;
  /** Default `ACTIVE`. */
  status?: "CREATING" | "ACTIVE" | "DELETING";
  /** Default `TRANSACTIONAL`. */
  messageType?: "TRANSACTIONAL" | "PROMOTIONAL";
  twoWayEnabled?: boolean;
  twoWayChannelArn?: string;
  twoWayChannelRole?: string;
  selfManagedOptOutsEnabled?: boolean;
  /** Default `"Default"`. */
  optOutListName?: string;
  sharedRoutesEnabled?: boolean;
  deletionProtectionEnabled?: boolean;
  /** Epoch seconds or ISO 8601. Default: the time the pool is added. */
  createdTimestamp?: number | string;
  tags?: Record<string, string>;
}

/** @public */
export interface Seed {
  pools: SeedPool[];
}

/**
 * One fault-injection rule. Every rule whose `operation` matches a request is applied: latency first, then
 * drop, throttle and internal error in that order (the first that fires answers the request).
 * @public
 */
export interface FaultRule {
  /** For example `"DescribePools"`; omitted = every operation. */
  operation?: string;
  /**
   * `ThrottlingException` (400). `first`: the first N matching requests; `nth`: 1-based indexes of matching
   * requests; `fraction`: a seeded share of them; `ratePerSecond`/`burst`: a token bucket per account + region
   * + operation, as AWS enforces its quota.
   */
  throttle?: { first?: number; fraction?: number; ratePerSecond?: number; burst?: number; nth?: number[] };
  /** `InternalServerException` (500). `nth`: 1-based indexes of matching requests since faults were set. */
  internalError?: { first?: number; fraction?: number; nth?: number[] };
  /** Destroy the socket without a response. */
  drop?: { first?: number; fraction?: number; nth?: number[] };
  /** Milliseconds added before answering. */
  latencyMs?: number;
}

/** @public */
export interface EmulatorOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** Default `us-east-1`. Requests are served from the region of their SigV4 credential scope. */
  region?: string;
  /** Default `123456789012`: the account every signed request acts as. */
  accountId?: string;
  /** A seed object or the path of a JSON seed file (see emulator/README.md). */
  seed?: Seed | string;
  /** `CreatePool` answers `CREATING`; the pool turns `ACTIVE` after this many milliseconds. Default 0. */
  activationDelayMs?: number;
  faults?: FaultRule[];
  /** Makes `fraction` faults and generated pool IDs deterministic. */
  randomSeed?: number;
  /** `DescribePools` page size when the request has no `MaxResults`. Default 100 (the model's maximum). */
  defaultMaxResults?: number;
  /** Largest request body accepted, in bytes; larger bodies get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How many requests `Emulator.requests` keeps; the oldest go first. 0 logs none. Default 1000. */
  requestLogSize?: number;
  /** Bodies up to this many bytes are logged as parsed `input`; larger ones as an `inputSummary`. Default 16 KiB. */
  requestLogBodyBytes?: number;
}

/**
 * One request as the emulator saw it. `status` is 0 for a dropped connection (`errorType` `"ConnectionDropped"`).
 * Credentials are never recorded: `input` is the JSON body only.
 * @public
 */
export interface RequestLogEntry {
  /** The operation name, or the raw `X-Amz-Target` (empty if none) when it names no operation. */
  operation: string;
  /** The JSON body as parsed; undefined before it is read, when it is not JSON, or when it is summarised. */
  input: unknown;
  /**
   * Set instead of `input` for a body over `requestLogBodyBytes`: its first bytes, then a note of its full size
   * (`… [1048600 bytes in all; the request log keeps the first 16384]`).
   */
  inputSummary?: string;
  status: number;
  errorType?: string;
  requestId: string;
  /** Arrival time, epoch milliseconds. */
  at: number;
}

/** A running emulator. @public */
export interface Emulator {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  readonly port: number;
  readonly region: string;
  readonly accountId: string;
  /**
   * The newest requests (`requestLogSize`, default 1000), oldest first; a live view that the emulator keeps
   * current. Also served at `GET <endpoint>/_emulator/requests`.
   */
  readonly requests: readonly RequestLogEntry[];
  /** Empties `requests` (as `DELETE <endpoint>/_emulator/requests` does). */
  clearRequests(): void;
  /** Replaces the fault rules and resets their counters and token buckets. */
  setFaults(faults: FaultRule[]): void;
  /** Direct store access for tests; throws on an invalid pool (the message names the field and the rule). */
  addPools(pools: SeedPool[]): Array<{ poolId: string; poolArn: string }>;
  /** Removes a pool by ID (own pools in the emulator's region) or ARN; false when there was none. */
  removePool(poolIdOrArn: string): boolean;
  stop(): Promise<void>;
}
