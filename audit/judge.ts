// Judges what was read with the pack's own rule functions: live resources → findings with the fix to make.
import { booleanSetting, stringListSetting } from "../policy/config";
import { checkDeletionProtection } from "../policy/deletionProtection";
import { DEFAULT_REQUIRED_EVENTS, judgeEventLogging } from "../policy/eventLoggingRules";
import type { Finding } from "../policy/findings";
import { judgeOptOutKeywords } from "../policy/keywordRules";
import { judgeAccountDefaultProtectConfiguration, judgePoolOriginationIdentities } from "../policy/liveRules";
import { checkSelfManagedOptOuts } from "../policy/optOutRules";
import { checkSharedRoutes } from "../policy/poolRules";
import { judgeProtectCountries } from "../policy/protectConfigurationRules";
import { KEYWORD_ACTIONS, type KeywordAction, PROTECT_STATUSES, type ProtectStatus } from "../policy/records";
import { judgeResourcePolicy } from "../policy/resourcePolicyRules";
import { CLASSIC_POOL_TYPE, TWO_WAY_FIELDS } from "../policy/resourceTypes";
import { checkRequiredTags, DEFAULT_REQUIRED_TAG_KEYS } from "../policy/tagRules";
import { checkTwoWayChannel } from "../policy/twoWayRules";
import { PROTECT_CONFIGURATIONS } from "../provider/resources/protectConfigurations";
import type { RuleConfig } from "./config";
import type { AccountRegionState, ReadPlan } from "./read";

/** What a finding is about. */
type ResourceType =
  | "pool"
  | "phone-number"
  | "sender-id"
  | "opt-out-list"
  | "configuration-set"
  | "protect-configuration"
  | "account";

/** The API call that fixes a finding, exactly as `--fix --yes` sends it. */
interface FixCall {
  readonly operation: string;
  readonly input: Readonly<Record<string, unknown>>;
}

/** One thing wrong with one live resource. */
export interface AuditFinding {
  readonly rule: string;
  /** `mandatory` fails the audit; a rule at `remediate` counts as mandatory, an unchecked value as advisory. */
  readonly level: "mandatory" | "advisory";
  readonly kind: "violation" | "unchecked";
  readonly account: string;
  readonly region: string;
  readonly profile?: string;
  readonly resourceType: ResourceType;
  /** The resource's ID or name. */
  readonly resourceId: string;
  readonly resourceArn: string;
  /** What is wrong (the rule's own words). */
  readonly message: string;
  /** How to fix it: the call `--fix` makes, or the rule's remediation steps. */
  readonly fix: string;
  readonly call?: FixCall;
}

/** How to fix what no single call can, in the API's words (the pack's remediation steps speak Pulumi's). */
const FIX_STEPS: Readonly<Record<string, string>> = {
  "sms-self-managed-opt-outs":
    "UpdatePool / UpdatePhoneNumber with OptOutListName set to a dedicated list (CreateOptOutList), or SelfManagedOptOutsEnabled: false",
  "sms-two-way-channel-configured":
    "UpdatePool / UpdatePhoneNumber with TwoWayChannelArn (and TwoWayChannelRole), or TwoWayEnabled: false",
  "sms-resource-policy-scope":
    "PutResourcePolicy without the grants to other accounts (or DeleteResourcePolicy), or list the account or organization in allowedPrincipals",
  "sms-protect-configuration-countries":
    "UpdateProtectConfigurationCountryRuleSet (NumberCapability SMS) with BLOCK for the countries you don't send to; list the ones you do in allowedCountries",
  "sms-required-tags": "TagResource with the missing keys and non-empty values",
  "sms-configuration-set-event-logging":
    "CreateEventDestination on the configuration set (SNS, CloudWatch Logs or Firehose), enabled, matching TEXT_ALL or requiredEvents",
  "sms-account-default-protect-configuration":
    "CreateProtectConfiguration, block the countries you don't send to (UpdateProtectConfigurationCountryRuleSet), then SetAccountDefaultProtectConfiguration",
  "sms-pool-has-origination-identity":
    "AssociateOriginationIdentity with a phone number or sender ID, or DeletePool",
};

/** The rules the audit runs, in the pack's order; the pack's PoolLookup rule has nothing live to judge. */
export const AUDITED_RULES = [
  "sms-pool-deletion-protection",
  "sms-origination-identity-deletion-protection",
  "sms-pool-shared-routes",
  "sms-self-managed-opt-outs",
  "sms-two-way-channel-configured",
  "sms-protect-configuration-deletion-protection",
  "sms-resource-policy-scope",
  "sms-protect-configuration-countries",
  "sms-opt-out-keywords",
  "sms-required-tags",
  "sms-configuration-set-event-logging",
  "sms-account-default-protect-configuration",
  "sms-pool-has-origination-identity",
] as const;

const enabled = (rules: ReadonlyMap<string, RuleConfig>, name: string) =>
  (rules.get(name)?.level ?? "disabled") !== "disabled";

/** The per-resource reads the enabled rules need (each costs one request per resource). */
export function readPlanFor(rules: ReadonlyMap<string, RuleConfig>): ReadPlan {
  return {
    keywords: enabled(rules, "sms-opt-out-keywords"),
    resourcePolicies: enabled(rules, "sms-resource-policy-scope"),
    tags: enabled(rules, "sms-required-tags"),
    countryRules: enabled(rules, "sms-protect-configuration-countries"),
    poolMembers: enabled(rules, "sms-pool-has-origination-identity"),
  };
}

interface Subject {
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly resourceArn: string;
  /** Other names `exemptResourceNames` may give it: a sender ID without its country, a number in E.164. */
  readonly aliases?: readonly string[];
}

/** Judges one account and region with every enabled rule. */
export function judgeAccountRegion(
  state: AccountRegionState,
  rules: ReadonlyMap<string, RuleConfig>,
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const account = state.account ?? "unknown";
  const region = state.target.region;
  const partition = partitionOf(region);
  const add = (
    rule: string,
    subject: Subject,
    results: readonly Finding[],
    call?: (f: Finding) => FixCall | undefined,
  ) => {
    const config = rules.get(rule);
    if (!config || config.level === "disabled" || results.length === 0) return;
    const exempt = stringListSetting(config.settings, "exemptResourceNames", []);
    const { aliases = [], ...where } = subject;
    if ([where.resourceId, where.resourceArn, ...aliases].some((name) => exempt.includes(name))) return;
    for (const result of results) {
      const fixCall = result.kind === "violation" ? call?.(result) : undefined;
      findings.push({
        rule,
        level: result.kind === "violation" && config.level !== "advisory" ? "mandatory" : "advisory",
        kind: result.kind,
        account,
        region,
        ...(state.target.profile ? { profile: state.target.profile } : {}),
        ...where,
        message: result.message,
        fix: fixCall
          ? `${fixCall.operation} ${JSON.stringify(fixCall.input)}`
          : (FIX_STEPS[rule] ?? config.remediationSteps ?? "see the rule's message"),
        ...(fixCall ? { call: fixCall } : {}),
      });
    }
  };
  const settings = (rule: string) => rules.get(rule)?.settings ?? {};

  const pools = state.pools.map((p) => ({
    pool: p,
    subject: { resourceType: "pool", resourceId: p.poolId, resourceArn: p.poolArn } as Subject,
  }));
  const numbers = state.phoneNumbers.map((n) => ({
    number: n,
    subject: {
      resourceType: "phone-number",
      resourceId: n.phoneNumberId,
      resourceArn: n.phoneNumberArn,
      aliases: [n.phoneNumber],
    } as Subject,
  }));
  const senders = state.senderIds.map((s) => ({
    sender: s,
    subject: {
      resourceType: "sender-id",
      resourceId: `${s.senderId}/${s.isoCountryCode}`,
      resourceArn: s.senderIdArn,
      aliases: [s.senderId],
    } as Subject,
  }));
  const lists = state.optOutLists.map((l) => ({
    resourceType: "opt-out-list" as const,
    resourceId: l.optOutListName,
    resourceArn: l.optOutListArn,
  }));
  const sets = state.configurationSets.map((c) => ({
    set: c,
    subject: {
      resourceType: "configuration-set",
      resourceId: c.configurationSetName,
      resourceArn: c.configurationSetArn,
    } as Subject,
  }));
  const protects = state.protectConfigurations.map((p) => ({
    protect: p,
    subject: {
      resourceType: "protect-configuration",
      resourceId: p.protectConfigurationId,
      resourceArn: p.protectConfigurationArn,
    } as Subject,
  }));

  for (const { pool, subject } of pools) {
    add("sms-pool-deletion-protection", subject, checkDeletionProtection(pool, "the pool"), () => ({
      operation: "UpdatePool",
      input: { PoolId: pool.poolId, DeletionProtectionEnabled: true },
    }));
  }
  for (const { number, subject } of numbers) {
    add(
      "sms-origination-identity-deletion-protection",
      subject,
      checkDeletionProtection(number, "the phone number"),
      () => ({
        operation: "UpdatePhoneNumber",
        input: { PhoneNumberId: number.phoneNumberId, DeletionProtectionEnabled: true },
      }),
    );
  }
  for (const { sender, subject } of senders) {
    add(
      "sms-origination-identity-deletion-protection",
      subject,
      checkDeletionProtection(sender, "the sender ID"),
      () => ({
        operation: "UpdateSenderId",
        input: {
          SenderId: sender.senderId,
          IsoCountryCode: sender.isoCountryCode,
          DeletionProtectionEnabled: true,
        },
      }),
    );
  }
  for (const { pool, subject } of pools) {
    add("sms-pool-shared-routes", subject, checkSharedRoutes(pool), () => ({
      operation: "UpdatePool",
      input: { PoolId: pool.poolId, SharedRoutesEnabled: false },
    }));
  }
  const optOutSettings = {
    allowSelfManagedOptOuts: booleanSetting(
      settings("sms-self-managed-opt-outs"),
      "allowSelfManagedOptOuts",
      true,
    ),
  };
  for (const { item, subject } of [
    ...pools.map((p) => ({ item: p.pool as unknown, subject: p.subject })),
    ...numbers.map((n) => ({ item: n.number as unknown, subject: n.subject })),
  ]) {
    add("sms-self-managed-opt-outs", subject, checkSelfManagedOptOuts(item, optOutSettings));
    add(
      "sms-two-way-channel-configured",
      subject,
      checkTwoWayChannel(item, TWO_WAY_FIELDS[CLASSIC_POOL_TYPE], {
        requireChannelRole: booleanSetting(
          settings("sms-two-way-channel-configured"),
          "requireChannelRole",
          false,
        ),
      }),
    );
  }
  for (const { protect, subject } of protects) {
    add(
      "sms-protect-configuration-deletion-protection",
      subject,
      checkDeletionProtection(protect, "the protect configuration"),
      () => ({
        operation: "UpdateProtectConfiguration",
        input: { ProtectConfigurationId: protect.protectConfigurationId, DeletionProtectionEnabled: true },
      }),
    );
  }
  const allowedPrincipals = stringListSetting(settings("sms-resource-policy-scope"), "allowedPrincipals", []);
  for (const subject of [
    ...pools.map((p) => p.subject),
    ...numbers.map((n) => n.subject),
    ...senders.map((s) => s.subject),
    ...lists,
  ]) {
    const policy = state.resourcePolicies.get(subject.resourceArn);
    if (policy === undefined) continue;
    let document: unknown;
    try {
      document = JSON.parse(policy);
    } catch {
      document = policy;
    }
    add(
      "sms-resource-policy-scope",
      subject,
      judgeResourcePolicy(
        { resourceArn: subject.resourceArn, document, documentField: "Policy" },
        { allowedPrincipals },
      ),
    );
  }
  const allowedCountries = stringListSetting(
    settings("sms-protect-configuration-countries"),
    "allowedCountries",
    [],
  );
  for (const { protect, subject } of protects) {
    const rules = state.countryRules.get(protect.protectConfigurationId);
    if (!rules) continue;
    const smsCountryRules = Object.entries(rules)
      .filter((entry): entry is [string, ProtectStatus] =>
        (PROTECT_STATUSES as readonly string[]).includes(entry[1]),
      )
      .map(([countryCode, protectStatus]) => ({ countryCode, protectStatus }));
    add(
      "sms-protect-configuration-countries",
      subject,
      judgeProtectCountries({ smsCountryRules, rulesField: "CountryRuleSet" }, { allowedCountries }),
    );
  }
  const optOutKeywords = stringListSetting(settings("sms-opt-out-keywords"), "optOutKeywords", []);
  for (const subject of [...pools.map((p) => p.subject), ...numbers.map((n) => n.subject)]) {
    for (const keyword of state.keywords.get(subject.resourceArn) ?? []) {
      const action = (KEYWORD_ACTIONS as readonly string[]).includes(keyword.keywordAction)
        ? (keyword.keywordAction as KeywordAction)
        : undefined;
      add(
        "sms-opt-out-keywords",
        subject,
        judgeOptOutKeywords([{ keyword: keyword.keyword, action, actionField: "KeywordAction" }], {
          optOutKeywords,
        }),
        () => ({
          operation: "PutKeyword",
          input: {
            OriginationIdentity: subject.resourceArn,
            Keyword: keyword.keyword,
            KeywordMessage: keyword.keywordMessage,
            KeywordAction: "OPT_OUT",
          },
        }),
      );
    }
  }
  const requiredTagKeys = stringListSetting(
    settings("sms-required-tags"),
    "requiredTagKeys",
    DEFAULT_REQUIRED_TAG_KEYS,
  );
  for (const subject of [
    ...pools.map((p) => p.subject),
    ...numbers.map((n) => n.subject),
    ...senders.map((s) => s.subject),
    ...lists,
    ...sets.map((s) => s.subject),
    ...protects.map((p) => p.subject),
  ]) {
    const tags = state.tags.get(subject.resourceArn);
    if (tags)
      add("sms-required-tags", subject, checkRequiredTags({ tags }, "key-value-list", requiredTagKeys));
  }
  const requiredEvents = stringListSetting(
    settings("sms-configuration-set-event-logging"),
    "requiredEvents",
    DEFAULT_REQUIRED_EVENTS,
  );
  for (const { set, subject } of sets) {
    add(
      "sms-configuration-set-event-logging",
      subject,
      judgeEventLogging(
        {
          name: set.configurationSetName,
          eventDestinations: set.eventDestinations.map((d) => ({
            name: d.eventDestinationName,
            enabled: d.enabled,
            matchingEventTypes: d.matchingEventTypes,
          })),
          destinationsField: "an event destination (CreateEventDestination)",
        },
        { requiredEvents },
      ),
    );
  }
  const exemptAccounts = stringListSetting(
    settings("sms-account-default-protect-configuration"),
    "exemptAccounts",
    [],
  );
  // Without the account's protect configurations (their listing failed) there is nothing to judge this on.
  if (!exemptAccounts.includes(account) && !state.unlisted.has(PROTECT_CONFIGURATIONS.operation)) {
    add(
      "sms-account-default-protect-configuration",
      {
        resourceType: "account",
        resourceId: `${account}/${region}`,
        resourceArn: `arn:${partition}:sms-voice:${region}:${account}:protect-configuration`,
      },
      judgeAccountDefaultProtectConfiguration({
        where: `account ${account} in ${region}`,
        protectConfigurations: state.protectConfigurations.map((p) => ({
          id: p.protectConfigurationId,
          accountDefault: p.accountDefault,
        })),
      }),
    );
  }
  for (const { pool, subject } of pools) {
    const members = state.poolMembers.get(pool.poolId);
    if (members === undefined) continue;
    add(
      "sms-pool-has-origination-identity",
      subject,
      judgePoolOriginationIdentities({ poolId: pool.poolId, originationIdentities: members }),
    );
  }
  return findings;
}

/** AWS's partition of a region, for the account-level location. */
function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

/** Findings in a stable order: rule (the pack's order), account, region, resource ARN. */
export function sortFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  const rank = new Map<string, number>(AUDITED_RULES.map((r, i) => [r, i]));
  return [...findings].sort(
    (a, b) =>
      (rank.get(a.rule) ?? 99) - (rank.get(b.rule) ?? 99) ||
      a.account.localeCompare(b.account) ||
      a.region.localeCompare(b.region) ||
      a.resourceArn.localeCompare(b.resourceArn) ||
      a.message.localeCompare(b.message),
  );
}
