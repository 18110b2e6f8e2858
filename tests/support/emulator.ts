// Shared test helpers for specs that need the local SMS endpoint: a mocha-managed emulator, an SDK client
// pointed at it, and deterministic, varied seed pools.

import {
  CreatePoolCommand,
  type CreatePoolCommandInput,
  PinpointSMSVoiceV2Client,
  type PinpointSMSVoiceV2ClientConfig,
  RequestSenderIdCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { type Emulator, type EmulatorOptions, type SeedPool, startEmulator } from "../../emulator";

/** Fake static credentials: the emulator checks the SigV4 format and scope, never the secret. */
const FAKE_CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

export interface EmulatorHolder {
  /** The running emulator (throws outside the hooks' lifetime). */
  readonly emulator: Emulator;
}

/**
 * Starts an emulator in a mocha `before` hook and stops it in `after`; call inside `describe`.
 * Each test starts with an empty request log and no faults unless `options.faults` is given.
 */
export function withEmulator(options?: EmulatorOptions): EmulatorHolder {
  let running: Emulator | undefined;
  before(async () => {
    running = await startEmulator(options);
  });
  beforeEach(() => {
    running?.clearRequests();
    running?.setFaults(options?.faults ?? []);
  });
  after(async () => {
    await running?.stop();
    running = undefined;
  });
  return {
    get emulator(): Emulator {
      if (!running)
        throw new Error("withEmulator: the emulator runs only between the before and after hooks");
      return running;
    },
  };
}

/** An SDK v3 client for the emulator: its endpoint and region, fake credentials, `overrides` last. */
export function sdkClient(
  emulator: Pick<Emulator, "endpoint" | "region">,
  overrides: PinpointSMSVoiceV2ClientConfig = {},
): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials: FAKE_CREDENTIALS,
    ...overrides,
  });
}

/**
 * `n` varied pools, the same for the same arguments: statuses, message types and flags cycle with different
 * periods, so filters select different subsets. IDs are `pool-` + 32 hex digits derived from the index.
 */
export function seedPools(n: number, overrides: Partial<SeedPool> = {}): SeedPool[] {
  const statuses = ["ACTIVE", "ACTIVE", "CREATING", "ACTIVE", "DELETING"] as const;
  return Array.from({ length: n }, (_, i) => {
    const twoWay = i % 4 === 1;
    return {
      poolId: `pool-${i.toString(16).padStart(8, "0")}${"0123456789abcdef".repeat(2).slice(0, 24)}`,
      status: statuses[i % statuses.length],
      messageType: i % 3 === 0 ? "PROMOTIONAL" : "TRANSACTIONAL",
      twoWayEnabled: twoWay,
      ...(twoWay
        ? {
            twoWayChannelArn: `arn:aws:sns:us-east-1:123456789012:inbound-${i % 2}`,
            twoWayChannelRole: "arn:aws:iam::123456789012:role/sms-two-way",
          }
        : {}),
      selfManagedOptOutsEnabled: i % 6 === 5,
      optOutListName: i % 7 === 0 ? "Marketing" : "Default",
      sharedRoutesEnabled: i % 5 === 2,
      deletionProtectionEnabled: i % 2 === 0,
      createdTimestamp: 1_700_000_000 + i * 60,
      tags: { index: String(i) },
      ...overrides,
    };
  });
}

/** An SDK service error as the specs inspect it. */
export interface ServiceErrorLike extends Error {
  $metadata: { httpStatusCode?: number; requestId?: string };
  Reason?: string;
  Fields?: Array<{ Name: string; Message: string }>;
  ResourceType?: string;
  ResourceId?: string;
}

/** Awaits `promise`, requires it to reject with an error named `name`, and returns that error. */
export async function rejectsWith(promise: Promise<unknown>, name: string): Promise<ServiceErrorLike> {
  let result: unknown;
  try {
    result = await promise;
  } catch (error) {
    const failure = error as ServiceErrorLike;
    if (failure.name !== name) {
      throw new Error(`expected ${name} but got ${failure.name}: ${failure.message}`);
    }
    return failure;
  }
  throw new Error(`expected ${name} but the call succeeded with ${JSON.stringify(result)}`);
}

/**
 * A sender ID for specs that make pools with CreatePool, which needs an origination identity that exists: unlike
 * a phone number, one sender ID can be in any number of pools. Seed it (`senderIds: [POOL_SENDER]`, with
 * `region`/`accountId` for others) and spread `FROM_POOL_SENDER` into CreatePool's input.
 */
export const POOL_SENDER = { senderId: "PoolMaker", isoCountryCode: "GB" } as const;
export const FROM_POOL_SENDER = { OriginationIdentity: "PoolMaker", IsoCountryCode: "GB" } as const;

let poolSenders = 0;

/**
 * CreatePool as the client's account from a sender ID requested for it first (CreatePool needs an origination
 * identity that exists): for accounts with nothing seeded, such as a second access key's.
 */
export async function createPoolFromNewSenderId(
  client: PinpointSMSVoiceV2Client,
  input: Omit<CreatePoolCommandInput, "OriginationIdentity" | "IsoCountryCode">,
) {
  poolSenders += 1;
  const SenderId = `Pool${poolSenders}`;
  await client.send(new RequestSenderIdCommand({ SenderId, IsoCountryCode: "GB" }));
  return client.send(
    new CreatePoolCommand({ ...input, OriginationIdentity: SenderId, IsoCountryCode: "GB" }),
  );
}
