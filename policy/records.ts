// The provider-neutral records the rules judge: one shape per thing a rule looks at, whoever declared it.
//
// The pack builds them from @pulumi/aws or @pulumi/aws-native properties (classicShapes.ts, nativeShapes.ts);
// the audit command builds the same records from the pinpoint-sms-voice-v2 API's answers and calls the same
// judge functions. Nothing here reads a Pulumi property bag or imports @pulumi/policy.
import type { Finding } from "./findings";

/** A value the engine will only know at the update (preview only; the audit never produces it). */
export const UNKNOWN: unique symbol = Symbol("unknown until the update");
export type Unknown = typeof UNKNOWN;
export type Known<T> = T | Unknown;

export const isUnknown = (value: unknown): value is Unknown => value === UNKNOWN;

/** A normalizer's result: the record, or what it could not read (advisory findings, never violations). */
export type Normalized<T> =
  | { readonly ok: true; readonly record: T }
  | { readonly ok: false; readonly unchecked: Finding[] };

export const normalized = <T>(record: T): Normalized<T> => ({ ok: true, record });
export const notNormalized = <T>(unchecked: Finding[]): Normalized<T> => ({ ok: false, unchecked });

/**
 * A resource-based policy on an SMS resource (PutResourcePolicy / GetResourcePolicy).
 * Audit: `{ resourceArn: ResourceArn, document: JSON.parse(Policy), documentField: "Policy" }`.
 */
export interface ResourcePolicyRecord {
  /** The resource the policy is attached to; its account owns the resource. */
  readonly resourceArn: Known<string>;
  /** The policy document as parsed JSON (`{ Version, Statement }`), not yet checked for shape. */
  readonly document: unknown;
  /** How messages name the document: `policy`, `policyDocument`, `Policy`. */
  readonly documentField: string;
}

/** The ProtectStatus enum of the model: every status but BLOCK lets messages out (MONITOR, FILTER screen them). */
export const PROTECT_STATUSES = ["ALLOW", "BLOCK", "MONITOR", "FILTER"] as const;
export type ProtectStatus = (typeof PROTECT_STATUSES)[number];

export interface CountryRule {
  /** ISO 3166-1 alpha-2, as the API spells it (`US`). */
  readonly countryCode: string;
  readonly protectStatus: ProtectStatus;
}

/**
 * A protect configuration's SMS country rules.
 * Audit: GetProtectConfigurationCountryRuleSet(NumberCapability SMS), its map turned into a list.
 */
export interface ProtectConfigurationRecord {
  /** `undefined` when none are declared: every country keeps AWS's initial rule, ALLOW. */
  readonly smsCountryRules: readonly CountryRule[] | undefined;
  /** How messages name the rule list: `countryRuleSet.sms`, `CountryRuleSet`. */
  readonly rulesField: string;
  /**
   * Whether the rules name only the countries a stack declares, every other country keeping AWS's initial
   * rule, ALLOW (a stack's `countryRuleSet.sms`); not when they are the whole rule set (the audit's read).
   */
  readonly declaredOnly?: boolean;
}

/**
 * One event destination of a configuration set (DescribeConfigurationSets → EventDestinations[]).
 * At preview a field may be UNKNOWN; a destination whose configuration set is not known yet is
 * listed under every configuration set it might belong to, with `enabled` and `matchingEventTypes` UNKNOWN.
 */
export interface EventDestinationRecord {
  readonly name: string;
  readonly enabled: Known<boolean>;
  /** EventType values of the model (`ALL`, `TEXT_ALL`, `TEXT_DELIVERED`, …). */
  readonly matchingEventTypes: Known<readonly string[]>;
}

/** A configuration set and its event destinations. */
export interface ConfigurationSetRecord {
  /** How messages name it: the Pulumi resource name, or the configuration set's name in an audit. */
  readonly name: string;
  readonly eventDestinations: readonly EventDestinationRecord[];
  /** What a fix adds: `an entry to eventDestinations`, `an aws.pinpoint.Smsvoicev2EventDestination`. */
  readonly destinationsField: string;
  /**
   * Why some destinations of the stack can't be linked to any set (a mistyped configurationSetName): one of
   * them may be this set's, so a set that lacks events is "could not check", never a violation.
   */
  readonly unlinked?: readonly Finding[];
}

/** The KeywordAction enum of the model. */
export const KEYWORD_ACTIONS = ["AUTOMATIC_RESPONSE", "OPT_OUT", "OPT_IN"] as const;
export type KeywordAction = (typeof KEYWORD_ACTIONS)[number];

/**
 * A keyword on a pool or phone number (DescribeKeywords → Keywords[]).
 * Audit: `{ keyword: Keyword, action: KeywordAction, actionField: "KeywordAction" }`.
 */
export interface KeywordRecord {
  readonly keyword: string;
  /** `undefined` when not declared: AWS manages STOP and HELP, and gives other keywords AUTOMATIC_RESPONSE. */
  readonly action: KeywordAction | undefined;
  /** How messages name the action: `keywordAction`, `optionalKeywords[1].action`. */
  readonly actionField: string;
}
