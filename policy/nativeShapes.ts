// Normalizers from @pulumi/aws-native SMS properties to the provider-neutral records of records.ts.
//
// aws-native is CloudFormation's AWS::SMSVOICE schema camelCased: nested objects, tags as `{ key, value }`
// lists, `policyDocument` as an object, keywords and event destinations nested in their parent, and
// `countryRuleSet.sms` as a list of `{ countryCode, protectStatus }` (pulumi/pulumi-aws-native
// sdk/nodejs/smsvoice/*.ts; the shapes the specs rely on are in tests/policy/fixtures.ts).
import {
  eventDestinationFields,
  isFinding,
  keywordActionOf,
  parsedPolicy,
  resourceArnOf,
} from "./classicShapes";
import { type Finding, unchecked, uncheckedProperty } from "./findings";
import { plainCopy, readKnown } from "./preview";
import { describeValue, readList, readString, readValue } from "./properties";
import {
  type ConfigurationSetRecord,
  type CountryRule,
  type EventDestinationRecord,
  isUnknown,
  type KeywordRecord,
  type Known,
  type Normalized,
  normalized,
  notNormalized,
  PROTECT_STATUSES,
  type ProtectConfigurationRecord,
  type ProtectStatus,
  type ResourcePolicyRecord,
  UNKNOWN,
} from "./records";

/** `aws-native:smsvoice:ResourcePolicy`: `{ resourceArn, policyDocument }`, the document an object (or JSON text). */
export function nativeResourcePolicy(props: unknown): Normalized<ResourcePolicyRecord> {
  const field = "policyDocument";
  const value = readValue(props, [field]);
  if (value.state === "absent") {
    return notNormalized([unchecked(`could not check ${field}: it is not set; the grants can't be checked`)]);
  }
  let document: unknown;
  if (value.state === "set" && typeof value.value === "string") {
    const parsed = parsedPolicy(value.value, field);
    if (!parsed.ok) return parsed;
    document = parsed.record;
  } else if (value.state === "set") {
    document = plainCopy(value.value);
  } else {
    return notNormalized([uncheckedProperty(value, "the grants can't be checked")]);
  }
  const resourceArn = resourceArnOf(props);
  if (isFinding(resourceArn)) return notNormalized([resourceArn]);
  return normalized({ resourceArn, document, documentField: field });
}

/** A nested list's element as an object, or the finding that it is not one. */
function element(item: unknown, where: string, expected: string): Record<string, unknown> | Finding {
  return typeof item === "object" && item !== null && !Array.isArray(item)
    ? (item as Record<string, unknown>)
    : unchecked(`could not check ${where}: expected ${expected}, found ${describeValue(item)}`);
}

/** Each element read by `read`; any element it can't read makes the whole list not checkable. */
function collect<T extends object>(
  items: readonly unknown[],
  read: (item: unknown, i: number) => T | Finding,
): Normalized<T[]> {
  const results = items.map(read);
  const findings = results.filter(isFinding);
  return findings.length > 0 ? notNormalized(findings) : normalized(results as T[]);
}

function keywordOf(item: unknown, i: number): KeywordRecord | Finding {
  const where = `optionalKeywords[${i}]`;
  const entry = element(item, where, "a { keyword, message, action } keyword");
  if (isFinding(entry)) return entry;
  const keyword = readString(entry, ["keyword"]);
  if (keyword.state === "mistyped") {
    return uncheckedProperty({ ...keyword, path: `${where}.keyword` }, "the keyword can't be checked");
  }
  if (keyword.state === "absent") return unchecked(`could not check ${where}: it has no keyword`);
  const action = keywordActionOf(readString(entry, ["action"]));
  return isFinding(action) ? action : { keyword: keyword.value, action, actionField: `${where}.action` };
}

/**
 * `optionalKeywords` of an aws-native Pool or PhoneNumber: `[{ keyword, message, action }]`.
 * `mandatoryKeywords` (HELP, STOP) carry only messages: AWS manages their actions.
 */
export function nativeKeywords(props: unknown): Normalized<KeywordRecord[]> {
  const list = readList(props, ["optionalKeywords"]);
  if (list.state === "mistyped") return notNormalized([uncheckedProperty(list, "keywords can't be checked")]);
  return list.state === "absent" ? normalized([]) : collect(list.value, keywordOf);
}

const RULES_FIELD = "countryRuleSet.sms";

function countryRuleOf(item: unknown, i: number): CountryRule | Finding {
  const where = `${RULES_FIELD}[${i}]`;
  const entry = element(item, where, "a { countryCode, protectStatus } rule");
  if (isFinding(entry)) return entry;
  const code = readString(entry, ["countryCode"]);
  const status = readString(entry, ["protectStatus"]);
  if (code.state !== "set" || status.state !== "set") {
    return unchecked(
      `could not check ${where}: expected countryCode and protectStatus strings, found ${describeValue(item)}`,
    );
  }
  if (!PROTECT_STATUSES.includes(status.value as ProtectStatus)) {
    return unchecked(
      `could not check ${where}.protectStatus: ${JSON.stringify(status.value)} is not one of ${PROTECT_STATUSES.join(", ")}`,
    );
  }
  return { countryCode: code.value, protectStatus: status.value as ProtectStatus };
}

/** `countryRuleSet.sms` of an aws-native ProtectConfiguration. */
export function nativeProtectConfiguration(props: unknown): Normalized<ProtectConfigurationRecord> {
  const list = readList(props, ["countryRuleSet", "sms"]);
  if (list.state === "mistyped") {
    return notNormalized([uncheckedProperty(list, "the SMS country rules can't be checked")]);
  }
  if (list.state === "absent") return normalized({ smsCountryRules: undefined, rulesField: RULES_FIELD });
  const rules = collect(list.value, countryRuleOf);
  return rules.ok
    ? normalized({ smsCountryRules: rules.record, rulesField: RULES_FIELD, declaredOnly: true })
    : rules;
}

function destination(item: unknown, i: number): EventDestinationRecord | Finding {
  const where = `eventDestinations[${i}]`;
  const entry = element(item, where, "an event destination");
  if (isFinding(entry)) return entry;
  const name = readKnown(() => readString(entry, ["eventDestinationName"]));
  const fields = eventDestinationFields(entry, `${where}.`, where);
  if (isFinding(fields)) return fields;
  return { name: !isUnknown(name) && name.state === "set" ? name.value : where, ...fields };
}

/** `eventDestinations` of an aws-native ConfigurationSet: `[{ eventDestinationName, enabled, matchingEventTypes, … }]`. */
export function nativeConfigurationSet(
  resourceName: string,
  props: unknown,
): Normalized<ConfigurationSetRecord> {
  const list = readKnown(() => readList(props, ["eventDestinations"]));
  const destinationsField = "an entry to eventDestinations";
  if (isUnknown(list)) {
    return normalized({
      name: resourceName,
      eventDestinations: [{ name: "eventDestinations", enabled: UNKNOWN, matchingEventTypes: UNKNOWN }],
      destinationsField,
    });
  }
  if (list.state === "mistyped") {
    return notNormalized([uncheckedProperty(list, "the event destinations can't be counted")]);
  }
  const items = list.state === "set" ? list.value : [];
  // By index: reading an unknown element through the server's proxy throws, and only that one is unknown.
  const results: Array<Known<EventDestinationRecord | Finding>> = [];
  for (let i = 0; i < items.length; i++) results.push(readKnown(() => destination(items[i], i)));
  const findings = results.filter((r): r is Finding => isFinding(r));
  if (findings.length > 0) return notNormalized(findings);
  const eventDestinations = results.map(
    (r, i): EventDestinationRecord =>
      isUnknown(r)
        ? { name: `eventDestinations[${i}]`, enabled: UNKNOWN, matchingEventTypes: UNKNOWN }
        : (r as EventDestinationRecord),
  );
  return normalized({ name: resourceName, eventDestinations, destinationsField });
}
