// sms-resource-policy-scope: a resource policy shares an SMS resource only with its own account or listed principals.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { classicResourcePolicy } from "./classicShapes";
import { stringListProperty, stringListSetting } from "./config";
import { type Finding, reportFindings, unchecked, violation } from "./findings";
import { nativeResourcePolicy } from "./nativeShapes";
import { describeValue } from "./properties";
import { isUnknown, type Normalized, type ResourcePolicyRecord } from "./records";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";
import { CLASSIC_RESOURCE_POLICY_TYPE, RESOURCE_POLICY_TYPES } from "./resourceTypes";

export interface ResourcePolicySettings {
  /** Account IDs, account root ARNs (`arn:aws:iam::111122223333:root`) or organization IDs (`o-…`). */
  readonly allowedPrincipals: readonly string[];
}

const DEFAULT_RESOURCE_POLICY_SETTINGS: ResourcePolicySettings = { allowedPrincipals: [] };

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;
/** Any IAM or STS principal ARN names its account in the fifth field. */
const PRINCIPAL_ARN = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/;
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;
const ORG_CONDITION_KEY = "aws:principalorgid";

interface AllowedPrincipals {
  readonly accounts: ReadonlySet<string>;
  readonly organizations: ReadonlySet<string>;
}

/** Sorts allowedPrincipals into accounts and organizations; any other entry is a config error. */
export function allowedPrincipalsOf(entries: readonly string[]): AllowedPrincipals {
  const accounts = new Set<string>();
  const organizations = new Set<string>();
  for (const entry of entries) {
    const root = ROOT_ARN.exec(entry);
    if (ACCOUNT_ID.test(entry)) accounts.add(entry);
    else if (root) accounts.add(root[1]);
    else if (ORGANIZATION_ID.test(entry)) organizations.add(entry);
    else {
      throw new Error(
        `policy config allowedPrincipals entry ${JSON.stringify(entry)} is not an account ID (111122223333), ` +
          "an account root ARN (arn:aws:iam::111122223333:root) or an organization ID (o-a1b2c3d4e5)",
      );
    }
  }
  return { accounts, organizations };
}

/** The account of a principal (an account ID or an IAM/STS ARN), if it names one. */
function accountOf(principal: string): string | undefined {
  return ACCOUNT_ID.test(principal) ? principal : PRINCIPAL_ARN.exec(principal)?.[1];
}

/** The account in an SMS resource ARN: `arn:aws:sms-voice:us-east-1:111122223333:pool/pool-…`. */
function ownerOf(resourceArn: string): string | undefined {
  const account = resourceArn.split(":")[4];
  return account !== undefined && ACCOUNT_ID.test(account) ? account : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The organization IDs a statement's `StringEquals aws:PrincipalOrgID` condition requires, if any. */
function organizationCondition(condition: unknown): string[] | undefined {
  if (!isObject(condition)) return undefined;
  const equals = condition["StringEquals"];
  if (!isObject(equals)) return undefined;
  const key = Object.keys(equals).find((k) => k.toLowerCase() === ORG_CONDITION_KEY);
  const value = key === undefined ? undefined : equals[key];
  const values = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  return values.length > 0 && values.every((v) => typeof v === "string") ? (values as string[]) : undefined;
}

/**
 * A principal's AWS entries, each judged, and a note for entries of other kinds (Service, Federated, ...),
 * which this policy does not judge: they never hide an AWS entry next to them.
 */
function awsPrincipals(principal: unknown, where: string): { aws: string[]; notes: Finding[] } | Finding {
  if (principal === "*") return { aws: ["*"], notes: [] };
  if (!isObject(principal)) {
    return unchecked(
      `could not check ${where}.Principal: expected "*" or { AWS: … }, found ${describeValue(principal)}`,
    );
  }
  const others = Object.keys(principal).filter((k) => k !== "AWS");
  const notes =
    others.length > 0
      ? [
          unchecked(
            `could not check ${where}.Principal: it grants to ${others.join(", ")} principals, which this policy ` +
              "does not judge; grant to AWS accounts only, or review it by hand",
          ),
        ]
      : [];
  if (!("AWS" in principal) && notes.length > 0) return { aws: [], notes };
  const aws = principal["AWS"];
  const list = typeof aws === "string" ? [aws] : Array.isArray(aws) ? aws : undefined;
  if (!list || list.length === 0 || !list.every((p) => typeof p === "string")) {
    return unchecked(
      `could not check ${where}.Principal.AWS: expected an account, ARN or "*" (or a list of them), found ${describeValue(aws)}`,
    );
  }
  return { aws: list as string[], notes };
}

function judgeStatement(
  statement: unknown,
  where: string,
  record: ResourcePolicyRecord,
  allowed: AllowedPrincipals,
): Finding[] {
  if (!isObject(statement)) {
    return [
      unchecked(`could not check ${where}: expected a statement object, found ${describeValue(statement)}`),
    ];
  }
  const effect = statement["Effect"];
  if (effect === "Deny") return [];
  if (effect !== "Allow") {
    return [
      unchecked(
        `could not check ${where}.Effect: expected "Allow" or "Deny", found ${describeValue(effect)}`,
      ),
    ];
  }
  if (statement["NotPrincipal"] !== undefined) {
    return [
      violation(
        `${where} allows with NotPrincipal, which grants to every principal not listed; name the accounts in ` +
          "Principal instead",
      ),
    ];
  }
  const principals = awsPrincipals(statement["Principal"], where);
  if ("kind" in principals) return [principals];
  const findings: Finding[] = [...principals.notes];
  for (const principal of principals.aws) {
    if (principal === "*") {
      const orgs = organizationCondition(statement["Condition"]);
      const outside = orgs?.filter((o) => !allowed.organizations.has(o)) ?? [];
      if (!orgs) {
        findings.push(
          violation(
            `${where} grants to every AWS principal ("*") with no aws:PrincipalOrgID condition, so any AWS ` +
              "account can use the resource; name the accounts in Principal.AWS, or add Condition " +
              '{ StringEquals: { "aws:PrincipalOrgID": "<an organization in allowedPrincipals>" } }',
          ),
        );
      } else if (outside.length > 0) {
        findings.push(
          violation(
            `${where} grants "*" within organization ${outside.join(", ")}, which is not in allowedPrincipals; ` +
              "add the organization ID to allowedPrincipals, or name the accounts in Principal.AWS",
          ),
        );
      }
      continue;
    }
    const account = accountOf(principal);
    if (account === undefined) {
      findings.push(
        unchecked(
          `could not check ${where}.Principal.AWS ${JSON.stringify(principal)}: it names no account; ` +
            "use an account ID or an IAM ARN",
        ),
      );
      continue;
    }
    if (allowed.accounts.has(account)) continue;
    if (isUnknown(record.resourceArn)) {
      findings.push(
        unchecked(
          `could not check ${where}.Principal.AWS ${JSON.stringify(principal)} during preview: resourceArn, ` +
            "which names the owning account, is not known yet; it is checked at the update",
        ),
      );
      continue;
    }
    const owner = ownerOf(record.resourceArn);
    if (owner === undefined) {
      findings.push(
        unchecked(
          `could not check ${where}.Principal.AWS ${JSON.stringify(principal)}: resourceArn ` +
            `${JSON.stringify(record.resourceArn)} names no account`,
        ),
      );
    } else if (owner !== account) {
      findings.push(
        violation(
          `${where} grants to ${JSON.stringify(principal)} (account ${account}), which does not own ` +
            `${record.resourceArn} (account ${owner}) and is not in allowedPrincipals; remove the grant, or ` +
            `add ${account} to allowedPrincipals`,
        ),
      );
    }
  }
  return findings;
}

/**
 * Judges every Allow statement of a resource policy: each AWS principal must be the owning account (the
 * one in resourceArn) or listed in allowedPrincipals; `*` only with a StringEquals aws:PrincipalOrgID
 * condition on listed organizations. Deny statements grant nothing.
 */
export function judgeResourcePolicy(
  record: ResourcePolicyRecord,
  settings: ResourcePolicySettings,
): Finding[] {
  const allowed = allowedPrincipalsOf(settings.allowedPrincipals);
  const field = record.documentField;
  if (!isObject(record.document)) {
    return [
      unchecked(
        `could not check ${field}: expected a policy document object, found ${describeValue(record.document)}`,
      ),
    ];
  }
  const statements = record.document["Statement"];
  const list = isObject(statements) ? [statements] : Array.isArray(statements) ? statements : undefined;
  if (!list) {
    return [
      unchecked(
        `could not check ${field}.Statement: expected a statement or a list, found ${describeValue(statements)}`,
      ),
    ];
  }
  return list.flatMap((statement, i) => {
    const sid = isObject(statement) && typeof statement["Sid"] === "string" ? ` (${statement["Sid"]})` : "";
    return judgeStatement(statement, `${field}.Statement[${i}]${sid}`, record, allowed);
  });
}

function resourcePolicyRecord(type: string, props: unknown): Normalized<ResourcePolicyRecord> {
  return type === CLASSIC_RESOURCE_POLICY_TYPE ? classicResourcePolicy(props) : nativeResourcePolicy(props);
}

export const resourcePolicyScope: ResourceValidationPolicy = {
  name: "sms-resource-policy-scope",
  description:
    "Resource policies on SMS resources must grant only to the account that owns the resource or to " +
    "principals listed in allowedPrincipals: a shared pool, number or sender ID sends messages on your bill.",
  enforcementLevel: "mandatory",
  severity: "critical",
  remediationSteps:
    'Remove grants to other accounts, condition a "*" principal on aws:PrincipalOrgID, or list the ' +
    "account or organization in allowedPrincipals.",
  configSchema: {
    properties: {
      allowedPrincipals: stringListProperty(
        "Account IDs, account root ARNs or organization IDs (o-…) a resource policy may grant to, besides the owning account.",
        DEFAULT_RESOURCE_POLICY_SETTINGS.allowedPrincipals,
      ),
      exemptResourceNames: exemptResourceNamesProperty,
    },
  },
  validateResource: (args, reportViolation) => {
    const config = configIfInScope(args, RESOURCE_POLICY_TYPES);
    const settings: ResourcePolicySettings = {
      allowedPrincipals: stringListSetting(
        config,
        "allowedPrincipals",
        DEFAULT_RESOURCE_POLICY_SETTINGS.allowedPrincipals,
      ),
    };
    const record = resourcePolicyRecord(args.type, args.props);
    reportFindings(
      record.ok ? judgeResourcePolicy(record.record, settings) : record.unchecked,
      reportViolation,
    );
  },
};
