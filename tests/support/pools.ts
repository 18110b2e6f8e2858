// A well-formed Pool (the package's camelCase shape) for specs that need one without an emulator.
import type { Pool } from "../../provider/resources/pools";

/** An ACTIVE, protected TRANSACTIONAL pool in account 111122223333, us-east-1, with `overrides` applied. */
export function poolFixture(poolId: string, overrides: Partial<Pool> = {}): Pool {
  return {
    poolArn: `arn:aws:sms-voice:us-east-1:111122223333:pool/${poolId}`,
    poolId,
    status: "ACTIVE",
    messageType: "TRANSACTIONAL",
    twoWayEnabled: false,
    selfManagedOptOutsEnabled: false,
    optOutListName: "Default",
    sharedRoutesEnabled: false,
    deletionProtectionEnabled: true,
    createdTimestamp: "2024-05-01T12:00:00.000Z",
    ...overrides,
  };
}
