// Rules for pools a stack looked up with PoolLookup: the pools it depends on must be usable and protected.
import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import type { Pool } from "../provider/resources/pools";
import { stringListProperty, stringListSetting } from "./config";
import { type Finding, reportFindings, unchecked, uncheckedProperty, violation } from "./findings";
import { isUnknownValueError } from "./preview";
import { describeValue, type Reading, readBoolean, readList, readString } from "./properties";
import { POOL_LOOKUP_TYPE } from "./resourceTypes";

interface LookupSettings {
  /** Pool IDs or ARNs that may be looked up even when inactive or unprotected (e.g. pools shared with you). */
  readonly exemptPools: readonly string[];
}

const DEFAULT_LOOKUP_SETTINGS: LookupSettings = { exemptPools: [] };

/** The Pool fields this rule reads; `satisfies` keeps them in step with the shared Pool type. */
const POOL_ID = "poolId" satisfies keyof Pool;
const POOL_ARN = "poolArn" satisfies keyof Pool;
const STATUS = "status" satisfies keyof Pool;
const DELETION_PROTECTION = "deletionProtectionEnabled" satisfies keyof Pool;
const ACTIVE: Pool["status"] = "ACTIVE";

/** The parts of a stack resource the rule needs (a `PolicyResource` has them). */
type LookupResource = Pick<PolicyResource, "name" | "urn" | "props">;

function textOf(reading: Reading<string>, placeholder: string): string {
  return reading.state === "set" ? reading.value : placeholder;
}

/** Runs `check`; an unknown value (preview) becomes an advisory about `subject` instead of hiding the rest. */
function unlessUnknown(subject: string, urn: string, check: () => Finding[]): Finding[] {
  try {
    return check();
  } catch (e) {
    if (isUnknownValueError(e)) {
      return [unchecked(`could not check ${subject} during preview: ${(e as Error).message}`, urn)];
    }
    throw e;
  }
}

function checkPool(
  pool: unknown,
  index: number,
  lookup: LookupResource,
  settings: LookupSettings,
): Finding[] {
  const where = `pools[${index}] of PoolLookup "${lookup.name}"`;
  if (typeof pool !== "object" || pool === null || Array.isArray(pool)) {
    return [unchecked(`could not check ${where}: expected a pool, found ${describeValue(pool)}`, lookup.urn)];
  }
  const id = readString(pool, [POOL_ID]);
  const arn = readString(pool, [POOL_ARN]);
  const exempt = [id, arn].some((r) => r.state === "set" && settings.exemptPools.includes(r.value));
  if (exempt) {
    return [];
  }
  const label = `pool ${textOf(id, "(no poolId)")} (${textOf(arn, "no poolArn")})`;
  const status = readString(pool, [STATUS]);
  const protection = readBoolean(pool, [DELETION_PROTECTION]);

  const findings: Finding[] = [];
  const problems: string[] = [];
  for (const [reading, field] of [
    [status, STATUS],
    [protection, DELETION_PROTECTION],
  ] as const) {
    if (reading.state === "mistyped") {
      findings.push(
        uncheckedProperty(
          { ...reading, path: `pools[${index}].${reading.path}` },
          `${label} in PoolLookup "${lookup.name}" can't be checked`,
        ),
      );
    } else if (reading.state === "absent") {
      findings.push(unchecked(`could not check ${label} in PoolLookup "${lookup.name}": it has no ${field}`));
    }
  }
  if (status.state === "set" && status.value !== ACTIVE) {
    problems.push(`is ${status.value}, not ${ACTIVE}`);
  }
  if (protection.state === "set" && !protection.value) {
    problems.push("is not deletion-protected");
  }
  if (problems.length > 0) {
    findings.push(
      violation(
        `${label}, looked up by PoolLookup "${lookup.name}", ${problems.join(" and ")}; ` +
          "enable deletion protection on the pool (UpdatePool DeletionProtectionEnabled) and wait for it to " +
          "be ACTIVE, or list its ID or ARN in exemptPools",
      ),
    );
  }
  // Pinned to the lookup, so the engine shows them on the resource that depends on the pool.
  return findings.map((finding) => ({ ...finding, urn: lookup.urn }));
}

/** Checks every pool in one PoolLookup's `pools` output. */
function checkLookedUpPools(lookup: LookupResource, settings: LookupSettings): Finding[] {
  const subject = `PoolLookup "${lookup.name}"`;
  return unlessUnknown(subject, lookup.urn, () => {
    const pools = readList(lookup.props, ["pools"]);
    if (pools.state === "mistyped") {
      return [uncheckedProperty(pools, `the pools of ${subject} can't be checked`, lookup.urn)];
    }
    if (pools.state === "absent") {
      return [
        unchecked(
          `could not check ${subject}: it has no pools output yet (a lookup that has not run, such as a new ` +
            "one at preview); its pools are checked once it has run",
          lookup.urn,
        ),
      ];
    }
    return pools.value.flatMap((pool, index) =>
      unlessUnknown(`pools[${index}] of ${subject}`, lookup.urn, () =>
        checkPool(pool, index, lookup, settings),
      ),
    );
  });
}

export const lookedUpPoolsProtected: StackValidationPolicy = {
  name: "sms-looked-up-pools-protected",
  description:
    "Every pool a PoolLookup returns must be ACTIVE and deletion-protected: the stack sends through it, " +
    "so its deletion or an unusable state breaks this stack's messaging.",
  enforcementLevel: "advisory",
  severity: "high",
  remediationSteps:
    "Enable deletion protection on the pool (aws pinpoint-sms-voice-v2 update-pool --deletion-protection-enabled) " +
    "or list the pool's ID or ARN in exemptPools.",
  configSchema: {
    properties: {
      exemptPools: stringListProperty(
        "Pool IDs or ARNs exempt from this check (for example pools shared with you by another account).",
        DEFAULT_LOOKUP_SETTINGS.exemptPools,
      ),
    },
  },
  validateStack: (args, reportViolation) => {
    const settings: LookupSettings = {
      exemptPools: stringListSetting(
        args.getConfig<Record<string, unknown>>(),
        "exemptPools",
        DEFAULT_LOOKUP_SETTINGS.exemptPools,
      ),
    };
    // Dynamic resources carry no class for validateStackResourcesOfType to match: compare the type token.
    for (const resource of args.resources) {
      if (resource.type === POOL_LOOKUP_TYPE) {
        reportFindings(checkLookedUpPools(resource, settings), reportViolation);
      }
    }
  },
};
