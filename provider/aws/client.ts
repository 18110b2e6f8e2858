// One AWS SDK client per connection, created on first use; the SDK itself loads only then.
import type { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Connection, connectionKey, quotaKey } from "./connection";
import { DeadlineHandler } from "./deadline";
import { installPacers, type RequestPacer } from "./pacer";

type SmsVoiceSdk = typeof import("@aws-sdk/client-pinpoint-sms-voice-v2");
type SmithyRetry = typeof import("@smithy/core/retry");
type NodeHttp = typeof import("@smithy/node-http-handler");

/** Backoff between attempts: full jitter on 100 ms doubling, capped at 2 s. The pacer handles throttling. */
const backoff = (attempt: number) => Math.random() * Math.min(2_000, 100 * 2 ** attempt);

/**
 * How many clients are kept (one per connection: profile, region, endpoint, ...), the least recently used
 * dropped first. An audit of every region for several profiles stays well within it.
 */
export const CLIENT_CACHE_SIZE = 256;

let sdk: SmsVoiceSdk | undefined;
/** In order of last use, oldest first. */
const clients = new Map<string, PinpointSMSVoiceV2Client>();
/** The pacers of each quota (quotaKey): kept while a cached client spends that quota. */
const pacers = new Map<string, Map<string, RequestPacer>>();
const quotaOf = new WeakMap<PinpointSMSVoiceV2Client, string>();
/** Requests under way per client, so that a dropped client is destroyed only once they have finished. */
const active = new WeakMap<PinpointSMSVoiceV2Client, { requests: number; dropped: boolean }>();

/** The AWS SDK module, required on first call so that importing this package stays cheap. */
export function smsVoiceSdk(): SmsVoiceSdk {
  sdk ??= require("@aws-sdk/client-pinpoint-sms-voice-v2") as SmsVoiceSdk;
  return sdk;
}

/**
 * The shared client for a connection. Credentials are not read here: the SDK resolves them per request
 * from its own chain (environment, profile, SSO, instance role), so nothing secret is held by us.
 */
export function clientFor(connection: Connection): PinpointSMSVoiceV2Client {
  const key = connectionKey(connection);
  let client = clients.get(key);
  if (client) {
    clients.delete(key);
  } else {
    const { PinpointSMSVoiceV2Client } = smsVoiceSdk();
    const { ConfiguredRetryStrategy, isThrottlingError } = require("@smithy/core/retry") as SmithyRetry;
    const { NodeHttpHandler } = require("@smithy/node-http-handler") as NodeHttp;
    client = new PinpointSMSVoiceV2Client({
      region: connection.region,
      profile: connection.profile,
      endpoint: connection.endpoint,
      retryStrategy: new ConfiguredRetryStrategy(connection.maxAttempts, backoff),
      requestHandler: new DeadlineHandler(
        new NodeHttpHandler({
          connectionTimeout: connection.timeoutMs,
          // The handler's default (2 s + connectionTimeout) overflows a timer for the longest timeoutMs.
          socketAcquisitionWarningTimeout: Math.min(2_000 + connection.timeoutMs, 2 ** 31 - 1),
        }),
        connection.timeoutMs,
      ),
    });
    const quota = quotaKey(connection);
    const shared = pacers.get(quota) ?? new Map<string, RequestPacer>();
    pacers.set(quota, shared);
    const isThrottling = (err: unknown) => isThrottlingError(err as Parameters<typeof isThrottlingError>[0]);
    installPacers(client, isThrottling, undefined, shared);
    quotaOf.set(client, quota);
    trackRequests(client);
  }
  clients.set(key, client);
  if (clients.size > CLIENT_CACHE_SIZE) {
    const [oldest] = clients.keys();
    const evicted = clients.get(oldest)!;
    drop(evicted);
    clients.delete(oldest);
    // A quota no cached client spends any more keeps no pace.
    const quota = quotaOf.get(evicted);
    if (![...clients.values()].some((c) => quotaOf.get(c) === quota)) pacers.delete(quota ?? "");
  }
  return client;
}

/** Forgets cached clients and their pace (tests, long-lived processes whose credentials changed). */
export function resetClients(): void {
  for (const client of clients.values()) drop(client);
  clients.clear();
  pacers.clear();
}

function trackRequests(client: PinpointSMSVoiceV2Client): void {
  const state = { requests: 0, dropped: false };
  active.set(client, state);
  client.middlewareStack.add(
    (next) => async (args) => {
      state.requests += 1;
      try {
        return await next(args);
      } finally {
        state.requests -= 1;
        if (state.dropped && state.requests === 0) client.destroy();
      }
    },
    { step: "initialize", name: "smsPoolsRequestsUnderWay", priority: "high" },
  );
}

/** Destroys a client no longer cached (its sockets) now, or when its last request under way has finished. */
function drop(client: PinpointSMSVoiceV2Client): void {
  const state = active.get(client);
  if (!state || state.requests === 0) client.destroy();
  else state.dropped = true;
}
