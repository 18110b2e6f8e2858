// The demo's AWS account: hundreds of pools as a real messaging platform accumulates them, the same every run.
import type { Seed, SeedPool } from "../../emulator";

export const DEMO_ACCOUNT = "123456789012";
export const DEMO_REGION = "us-east-1";
export const PARTNER_ACCOUNTS = ["210987654321", "555566667777"];

/** A small deterministic generator (mulberry32), so the demo prints the same account every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEAMS = ["payments", "identity", "alerts", "growth", "support"];

function pool(rand: () => number, index: number, accountId?: string): SeedPool {
  const transactional = rand() < 0.6;
  const roll = rand();
  const twoWay = rand() < 0.2;
  const selfManaged = rand() < 0.1;
  const team = TEAMS[Math.floor(rand() * TEAMS.length)];
  return {
    poolId: `pool-${(accountId ? "5" : "0") + index.toString(16).padStart(31, "0")}`,
    ...(accountId ? { accountId } : {}),
    status: roll < 0.85 ? "ACTIVE" : roll < 0.93 ? "CREATING" : "DELETING",
    messageType: transactional ? "TRANSACTIONAL" : "PROMOTIONAL",
    deletionProtectionEnabled: rand() < (transactional ? 0.8 : 0.5),
    sharedRoutesEnabled: !transactional && rand() < 0.25,
    twoWayEnabled: twoWay,
    ...(twoWay
      ? {
          twoWayChannelArn: `arn:aws:sns:${DEMO_REGION}:${accountId ?? DEMO_ACCOUNT}:${team}-inbound`,
          twoWayChannelRole: `arn:aws:iam::${accountId ?? DEMO_ACCOUNT}:role/${team}-two-way`,
        }
      : {}),
    selfManagedOptOutsEnabled: selfManaged,
    optOutListName: selfManaged ? `${team}-optouts` : "Default",
    createdTimestamp: 1_700_000_000 + Math.floor(rand() * 63_000_000),
    tags: { team },
  };
}

/** 320 pools of our own and 20 shared with us by two partner accounts. */
export function demoAccount(): Seed & { pools: SeedPool[] } {
  const rand = random(20261127);
  const own = Array.from({ length: 320 }, (_, i) => pool(rand, i));
  const shared = Array.from({ length: 20 }, (_, i) => pool(rand, i, PARTNER_ACCOUNTS[i % 2]));
  return { pools: [...own, ...shared] };
}
