// Two accounts (profiles alice and bob) in two regions, created through the AWS SDK against the emulator,
// with known violations; the audit's specs and benchmark read them back.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  CreateConfigurationSetCommand,
  CreatePoolCommand,
  CreateProtectConfigurationCommand,
  PinpointSMSVoiceV2Client,
  PutKeywordCommand,
  PutResourcePolicyCommand,
  SetAccountDefaultProtectConfigurationCommand,
  UpdatePoolCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { Emulator } from "../../emulator";
import { registeredTollFreeNumber } from "../emulator/registrationForms";

export const ALICE = { profile: "alice", accessKeyId: "AKIDALICE", account: "111111111111" };
export const BOB = { profile: "bob", accessKeyId: "AKIDBOB", account: "222222222222" };
export const REGIONS = ["us-east-1", "eu-west-1"] as const;

/** The specs' policy config: CANCEL must opt out too; tags aren't required (every seeded resource lacks them). */
export const POLICY_CONFIG = {
  "sms-opt-out-keywords": { optOutKeywords: ["CANCEL"] },
  "sms-required-tags": "disabled",
};

/** The emulator's `accounts` option for both. */
export const ACCOUNTS = { [ALICE.accessKeyId]: ALICE.account, [BOB.accessKeyId]: BOB.account };

/** A shared config directory with both profiles; point AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE at it. */
export function writeProfiles(): { dir: string; credentials: string; config: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-audit-"));
  const credentials = path.join(dir, "credentials");
  const config = path.join(dir, "config");
  fs.writeFileSync(
    credentials,
    [ALICE, BOB]
      .map(
        (a) =>
          `[${a.profile}]\naws_access_key_id = ${a.accessKeyId}\naws_secret_access_key = test-not-real\n`,
      )
      .join("\n"),
  );
  fs.writeFileSync(config, "[profile alice]\n[profile bob]\n");
  return { dir, credentials, config };
}

/** Uses those profiles (and no environment keys) until the returned function restores the environment. */
export function useProfiles(files: { credentials: string; config: string }): () => void {
  const saved = { ...process.env };
  process.env.AWS_SHARED_CREDENTIALS_FILE = files.credentials;
  process.env.AWS_CONFIG_FILE = files.config;
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

export function clientOf(emulator: Emulator, who: typeof ALICE, region: string): PinpointSMSVoiceV2Client {
  return new PinpointSMSVoiceV2Client({
    endpoint: emulator.endpoint,
    region,
    credentials: { accessKeyId: who.accessKeyId, secretAccessKey: "test-not-real" },
  });
}

/** What was created, for the specs' expectations. */
export interface Seeded {
  /** alice, us-east-1: unprotected, shared-routes pool (holds numberA). */
  readonly alicePool: { id: string; arn: string };
  /** alice, us-east-1: unprotected phone number in alicePool. */
  readonly numberA: { id: string; arn: string };
  /** alice, us-east-1: protected number shared with 999999999999, CANCEL set to AUTOMATIC_RESPONSE. */
  readonly numberB: { id: string; arn: string };
  /** bob, us-east-1: a pool with no member (seeded: AWS refuses to remove a pool's last one). */
  readonly emptyPool: { id: string; arn: string };
  /** bob, eu-west-1: the account default protect configuration, unprotected, every country at ALLOW. */
  readonly protect: { id: string; arn: string };
}

/**
 * alice us-east-1: pool (deletion protection off: mandatory; shared routes: advisory) holding numberA
 *   (unprotected: advisory); numberB (protected, resource policy to another account: mandatory; CANCEL as
 *   AUTOMATIC_RESPONSE: mandatory with POLICY_CONFIG's optOutKeywords); a configuration set without destinations (advisory); no default
 *   protect configuration (advisory).
 * alice eu-west-1: a protected pool with a protected number: only the missing default protect configuration.
 * bob us-east-1: a protected pool without members (advisory), a protected number.
 * bob eu-west-1: an unprotected account-default protect configuration allowing every country (advisory ×2).
 * Nothing carries tags: every resource misses the required tags (advisory) unless the rule is disabled.
 */
export async function seed(emulator: Emulator): Promise<Seeded> {
  const alice = clientOf(emulator, ALICE, "us-east-1");
  const aliceEu = clientOf(emulator, ALICE, "eu-west-1");
  const bob = clientOf(emulator, BOB, "us-east-1");
  const bobEu = clientOf(emulator, BOB, "eu-west-1");
  // Toll-free numbers, each with the COMPLETE registration AWS requires before one is ACTIVE.
  const number = async (client: PinpointSMSVoiceV2Client, protectedNumber: boolean) => {
    const { id, arn } = await registeredTollFreeNumber(client, {
      DeletionProtectionEnabled: protectedNumber,
    });
    return { id, arn };
  };
  const pool = async (client: PinpointSMSVoiceV2Client, member: string, protectedPool: boolean) => {
    const out = await client.send(
      new CreatePoolCommand({
        OriginationIdentity: member,
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        DeletionProtectionEnabled: protectedPool,
      }),
    );
    return { id: out.PoolId ?? "", arn: out.PoolArn ?? "" };
  };

  const numberA = await number(alice, false);
  const alicePool = await pool(alice, numberA.arn, false);
  await alice.send(new UpdatePoolCommand({ PoolId: alicePool.id, SharedRoutesEnabled: true }));
  const numberB = await number(alice, true);
  await alice.send(
    new PutResourcePolicyCommand({
      ResourceArn: numberB.arn,
      Policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "Partner",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::999999999999:root" },
            Action: ["sms-voice:SendTextMessage"],
            Resource: numberB.arn,
          },
        ],
      }),
    }),
  );
  await alice.send(
    new PutKeywordCommand({
      OriginationIdentity: numberB.arn,
      Keyword: "CANCEL",
      KeywordMessage: "Reply HELP for help",
      KeywordAction: "AUTOMATIC_RESPONSE",
    }),
  );
  await alice.send(new CreateConfigurationSetCommand({ ConfigurationSetName: "silent" }));

  const euNumber = await number(aliceEu, true);
  await pool(aliceEu, euNumber.arn, true);

  await number(bob, true);
  // AWS keeps a pool's last member (LAST_PHONE_NUMBER); an empty pool comes from elsewhere, here the seed.
  const [empty] = emulator.addPools([
    { accountId: BOB.account, region: "us-east-1", deletionProtectionEnabled: true },
  ]);
  const emptyPool = { id: empty.poolId, arn: empty.poolArn };

  const created = await bobEu.send(new CreateProtectConfigurationCommand({}));
  const protect = { id: created.ProtectConfigurationId ?? "", arn: created.ProtectConfigurationArn ?? "" };
  await bobEu.send(new SetAccountDefaultProtectConfigurationCommand({ ProtectConfigurationId: protect.id }));
  for (const c of [alice, aliceEu, bob, bobEu]) c.destroy();
  return { alicePool, numberA, numberB, emptyPool, protect };
}
