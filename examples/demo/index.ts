// `npm run demo`: the whole product offline. Starts the emulator with a realistic account, runs the example
// programs' lookups through the real code (AWS SDK over HTTP), and evaluates the policy pack's own rules.
import * as fs from "node:fs";
import * as path from "node:path";
import {
  AssociateOriginationIdentityCommand,
  CreateOptOutListCommand,
  CreatePoolCommand,
  PinpointSMSVoiceV2Client,
  RequestPhoneNumberCommand,
  SendTextMessageCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { getOptOutLists, getPhoneNumbers, getPool, getPools, type Pool } from "pulumi-sms-pools";
import { startEmulator } from "pulumi-sms-pools/emulator";
import { type Diagnostic, evaluatePolicies, type PackConfig, resourceNameOf } from "../../policy/evaluate";
import { policies } from "../../policy/policies";
import { DEMO_ACCOUNT, DEMO_REGION, demoAccount, PARTNER_ACCOUNTS } from "./account";
import { type RegisteredResource, runExample } from "./program";
import { registerTollFree } from "./registration";
import { heading, table } from "./table";

// The emulator checks the SigV4 format, never the secret: fake keys keep real credentials out of the demo.
Object.assign(process.env, {
  AWS_ACCESS_KEY_ID: "AKIDSMSPOOLSDEMO",
  AWS_SECRET_ACCESS_KEY: "demo-secret-not-real",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
});
for (const name of [
  "AWS_PROFILE",
  "AWS_SESSION_TOKEN",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2",
]) {
  delete process.env[name];
}

/** The finding itself: the engine prints the policy's description first, then the rule's message. */
const finding = (text: string) => text.split("\n").slice(-1)[0];

function diagnostics(list: readonly Diagnostic[]): string {
  return list
    .map(
      (d) =>
        `  [${d.enforcementLevel}] ${d.policy} on ${resourceNameOf(d) ?? "the stack"}\n      ${finding(d.message)}`,
    )
    .join("\n");
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
}

/** examples/sms-stack as teams get it wrong: STOP no longer opts out, the pool shared with anyone, no event logging. */
function nonCompliant(resources: readonly RegisteredResource[]): RegisteredResource[] {
  return resources
    .filter((r) => !r.type.endsWith(":Smsvoicev2EventDestination"))
    .map((r) => {
      if (r.name === "otp-stop") return { ...r, props: { ...r.props, keywordAction: "AUTOMATIC_RESPONSE" } };
      if (r.type.endsWith(":Smsvoicev2ResourcePolicy")) {
        const document = JSON.parse(String(r.props.policy)) as { Statement: Array<Record<string, unknown>> };
        document.Statement[0].Principal = "*";
        return { ...r, props: { ...r.props, policy: JSON.stringify(document) } };
      }
      return r;
    });
}

async function main(): Promise<void> {
  const started = Date.now();
  const seed = demoAccount();
  const emulator = await startEmulator({ seed, region: DEMO_REGION, accountId: DEMO_ACCOUNT });
  const opts = { endpoint: emulator.endpoint, region: DEMO_REGION };
  try {
    console.log("pulumi-sms-pools offline demo");
    console.log(
      `emulator ${emulator.endpoint}: account ${DEMO_ACCOUNT}, ${DEMO_REGION}, ${seed.pools.length} pools seeded ` +
        `(${seed.pools.filter((p) => !p.accountId).length} own, ` +
        `${seed.pools.filter((p) => p.accountId).length} shared by ${PARTNER_ACCOUNTS.join(" and ")})`,
    );

    // 1. The account as DescribePools reports it.
    const own = await getPools({}, opts);
    const shared = await getPools({ owner: "SHARED" }, opts);
    console.log(heading("1. The account, as getPools lists it"));
    const statuses = ["ACTIVE", "CREATING", "DELETING"] as const;
    console.log(
      table(
        ["message type", ...statuses, "protected", "unprotected", "total"],
        (["TRANSACTIONAL", "PROMOTIONAL"] as const).map((type) => {
          const of = own.pools.filter((p) => p.messageType === type);
          const protectedCount = of.filter((p) => p.deletionProtectionEnabled).length;
          return [
            type,
            ...statuses.map((s) => of.filter((p) => p.status === s).length),
            protectedCount,
            of.length - protectedCount,
            of.length,
          ];
        }),
      ),
    );
    console.log(
      `  own pools: ${own.pools.length} in ${Math.ceil(own.pools.length / 100)} pages; shared with us: ${shared.pools.length}`,
    );

    // 2. Example: lookups feeding an IAM policy.
    const iam = await runExample("iam-from-lookup", emulator.endpoint, DEMO_REGION);
    const policyDoc = iam.resources.find((r) => r.type === "aws:iam/rolePolicy:RolePolicy");
    const statement = JSON.parse(String(policyDoc?.props.policy)).Statement[0] as {
      Action: string[];
      Resource: string[];
    };
    console.log(heading("2. examples/iam-from-lookup: ACTIVE TRANSACTIONAL pools into an IAM policy"));
    console.log(
      table(
        ["pool ID", "created", "protected"],
        (iam.outputs.poolIds as string[]).slice(0, 5).map((id) => {
          const p = own.pools.find((x) => x.poolId === id)!;
          return [id, p.createdTimestamp.slice(0, 10), p.deletionProtectionEnabled ? "yes" : "NO"];
        }),
      ),
    );
    console.log(
      `  ... ${(iam.outputs.poolIds as string[]).length} pools; the role policy allows ${statement.Action.join(", ")} on ` +
        `${statement.Resource.length} pool ARNs (${statement.Resource[0]}, ...)`,
    );

    // 3. Example: PoolLookup recorded in state (created by the dynamic provider's own code).
    const recorded = await runExample("pool-lookup", emulator.endpoint, DEMO_REGION);
    const lookups = recorded.resources.filter((r) => r.type.endsWith(":PoolLookup"));
    console.log(heading("3. examples/pool-lookup: PoolLookup resources as they would sit in state"));
    console.log(
      table(
        ["resource", "id", "region", "pools", "first pool"],
        lookups.map((r) => [
          r.name,
          r.id,
          String(r.props.region),
          Number(r.props.count),
          String((r.props.ids as string[])[0] ?? "-"),
        ]),
      ),
    );

    // 4. The policy pack on a stack with a non-compliant pool: as configured by default, then remediated.
    const guarded = await runExample("guarded-pool", emulator.endpoint, DEMO_REGION);
    const asIs = await evaluatePolicies(policies, guarded.resources);
    const fixed = await evaluatePolicies(policies, guarded.resources, {
      "sms-pool-deletion-protection": "remediate",
      "sms-pool-shared-routes": "remediate",
      "sms-origination-identity-deletion-protection": "remediate",
    });
    console.log(heading("4. sms-pools-guard on examples/guarded-pool"));
    console.log(diagnostics(asIs.diagnostics));
    const before = guarded.resources.find((r) => r.name === "marketing-pool")!.props;
    const after = fixed.resources.find((r) => r.name === "marketing-pool")!.props;
    console.log(
      `  with those policies at remediate: marketing-pool deletionProtectionEnabled ${String(before.deletionProtectionEnabled)} -> ` +
        `${String(after.deletionProtectionEnabled)}, sharedRoutesEnabled ${String(before.sharedRoutesEnabled)} -> ` +
        `${String(after.sharedRoutesEnabled)}; mandatory findings left: ${fixed.diagnostics.filter((d) => d.enforcementLevel === "mandatory").length}`,
    );

    // 5. The stack policy on the looked-up pools.
    const onLookups = await evaluatePolicies(policies, recorded.resources);
    const lookupFindings = onLookups.diagnostics.filter((d) => d.policy === "sms-looked-up-pools-protected");
    console.log(heading("5. sms-looked-up-pools-protected on the pools PoolLookup found"));
    console.log(
      table(
        ["lookup", "pools", "not ACTIVE", "unprotected", "findings"],
        lookups.map((r) => {
          const found = r.props.pools as Pool[];
          return [
            r.name,
            found.length,
            found.filter((p) => p.status !== "ACTIVE").length,
            found.filter((p) => !p.deletionProtectionEnabled).length,
            lookupFindings.filter((d) => resourceNameOf(d) === r.name).length,
          ];
        }),
      ),
    );
    console.log(diagnostics(lookupFindings.slice(0, 2)));
    console.log(
      `  ... advisory by default; set the policy to mandatory to stop deployments that rely on such pools`,
    );

    // 6. The project's own example stack passes every mandatory policy.
    const platform = await runExample("platform", emulator.endpoint, DEMO_REGION);
    const platformCheck = await evaluatePolicies(policies, platform.resources);
    const mandatory = platformCheck.diagnostics.filter((d) => d.enforcementLevel === "mandatory");
    console.log(heading("6. examples/platform (the root Pulumi.yaml stack) under sms-pools-guard"));
    console.log(
      `  ${platform.resources.length} resources (${countBy(platform.resources, (r) => r.type)}); ` +
        `${(platform.outputs.activeTransactionalPoolIds as string[]).length} active transactional pools feed its IAM policy`,
    );
    console.log(
      `  ${mandatory.length} mandatory findings; advisory: ${countBy(platformCheck.diagnostics, (d) => d.policy) || "none"} ` +
        "(pools the account already had, found by its PoolLookup)",
    );

    // 7. Every @pulumi/aws SMS resource type: the compliant example, then the same stack with typical mistakes.
    const sms = await runExample("sms-stack", emulator.endpoint, DEMO_REGION);
    const smsConfig = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "sms-stack", "policy-config.json"), "utf8"),
    ) as PackConfig;
    const smsResources = sms.resources.filter((r) => r.type.startsWith("aws:pinpoint/"));
    const compliant = await evaluatePolicies(policies, smsResources, smsConfig);
    console.log(heading("7. examples/sms-stack: every SMS resource type of @pulumi/aws"));
    console.log(
      `  ${smsResources.length} SMS resources (${countBy(smsResources, (r) => r.type.split(":")[2])}); ` +
        `findings with its policy-config.json: ${compliant.diagnostics.length}`,
    );
    const broken = await evaluatePolicies(policies, nonCompliant(smsResources), smsConfig);
    console.log(
      '  the same stack with STOP set to AUTOMATIC_RESPONSE, the pool shared with "*" and no event destination:',
    );
    console.log(diagnostics(broken.diagnostics));
    const remediated = await evaluatePolicies(policies, nonCompliant(smsResources), {
      ...smsConfig,
      "sms-opt-out-keywords": { enforcementLevel: "remediate", optOutKeywords: ["UNSUBSCRIBE"] },
    });
    console.log(
      `  with sms-opt-out-keywords at remediate: mandatory findings left: ` +
        `${remediated.diagnostics.filter((d) => d.enforcementLevel === "mandatory").length} ` +
        "(a grant to everyone has no safe automatic fix)",
    );

    // 8. The origination identities a stack holds: a pool with its phone numbers, and an opt-out list.
    const sdk = new PinpointSMSVoiceV2Client({ endpoint: emulator.endpoint, region: DEMO_REGION });
    const listName = "demo-marketing-opt-outs";
    await sdk.send(new CreateOptOutListCommand({ OptOutListName: listName }));
    const requested = [];
    // Toll-free, not SIMULATOR: AWS lets a simulator number send only to its destination simulator numbers.
    for (const numberType of ["TOLL_FREE", "TOLL_FREE", "TOLL_FREE"] as const) {
      requested.push(
        await sdk.send(
          new RequestPhoneNumberCommand({
            IsoCountryCode: "US",
            MessageType: "TRANSACTIONAL",
            NumberCapabilities: ["SMS"],
            NumberType: numberType,
            OptOutListName: listName,
          }),
        ),
      );
    }
    // AWS keeps a toll-free number PENDING, unable to send, until a registration associated with it is COMPLETE.
    const registered = [];
    for (const n of requested) registered.push(await registerTollFree(sdk, n.PhoneNumberId!));
    const created = await sdk.send(
      new CreatePoolCommand({
        OriginationIdentity: requested[0].PhoneNumberId!,
        IsoCountryCode: "US",
        MessageType: "TRANSACTIONAL",
        DeletionProtectionEnabled: true,
      }),
    );
    for (const n of requested.slice(1)) {
      await sdk.send(
        new AssociateOriginationIdentityCommand({
          PoolId: created.PoolId!,
          OriginationIdentity: n.PhoneNumberId!,
          IsoCountryCode: "US",
        }),
      );
    }
    sdk.destroy();
    const pool = await getPool({ poolId: created.PoolId!, includeOriginationIdentities: true }, opts);
    const numbers = await getPhoneNumbers(
      { phoneNumberIds: (pool.originationIdentities ?? []).map((o) => o.originationIdentity) },
      opts,
    );
    const lists = await getOptOutLists({}, opts);
    console.log(heading("8. A pool with its phone numbers, and the account's opt-out lists"));
    console.log(
      `  ${pool.poolId} (${pool.messageType}, deletion protection ${pool.deletionProtectionEnabled}):`,
    );
    console.log(
      table(
        ["number", "type", "status", "opt-out list"],
        numbers.phoneNumbers.map((n) => [n.phoneNumber, n.numberType, n.status, n.optOutListName]),
      ),
    );
    console.log(
      `  each number's US_TOLL_FREE_REGISTRATION (its form filled, the opt-in screenshot attached, submitted): ${countBy(registered, (s) => s)}`,
    );
    console.log(`  opt-out lists: ${lists.names.join(", ")}`);

    // 9. The application's side: send through the pool, a handset replies STOP, the next send is refused.
    const app = new PinpointSMSVoiceV2Client({ endpoint: emulator.endpoint, region: DEMO_REGION });
    const send = (destination: string, body: string) =>
      app
        .send(
          new SendTextMessageCommand({
            OriginationIdentity: pool.poolArn,
            DestinationPhoneNumber: destination,
            MessageBody: body,
            MessageType: "TRANSACTIONAL",
          }),
        )
        .then(
          (sent) => `sent ${sent.MessageId}`,
          (err: Error & { Reason?: string }) => `refused: ${err.name} ${err.Reason ?? ""}`.trim(),
        );
    const customer = "+12065550142";
    const outcomes = [
      await send(customer, "Your code is 123456"),
      await send("+12065550199", "Your code is 654321"),
    ];
    const reply = await emulator.receive({
      from: customer,
      to: numbers.phoneNumbers[0].phoneNumber,
      body: "STOP",
    });
    outcomes.push(await send(customer, "Your code is 111111"));
    app.destroy();
    console.log(heading("9. Sending through the pool, as the emulator saw it"));
    console.log(`  the application's sends: ${outcomes.join("; ")}`);
    console.log(
      `  ${customer} replied STOP: keyword ${reply.keyword} (${reply.action}), opted out of ${reply.optOutListName}: ${reply.optedOut}`,
    );
    console.log(
      table(
        ["to", "from (member of the pool)", "outcome", "body"],
        emulator
          .sentMessages({ originationIdentity: pool.poolId })
          .map((m) => [m.destinationPhoneNumber, m.originationNumber ?? "-", m.outcome, m.messageBody ?? ""]),
      ),
    );

    const byOperation = new Map<string, number>();
    for (const r of emulator.requests) byOperation.set(r.operation, (byOperation.get(r.operation) ?? 0) + 1);
    console.log(heading("Summary"));
    console.log(
      `  ${emulator.requests.length} requests over HTTP to the emulator (${[...byOperation].map(([op, n]) => `${op} ${n}`).join(", ")}), ` +
        `${emulator.requests.filter((r) => r.status !== 200 && r.operation !== "SendTextMessage").length} failed ` +
        `(besides the refused send above); every figure above came over the wire or from the pack's own rules.`,
    );
    console.log(`  finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await emulator.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
