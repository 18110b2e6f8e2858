// Normalizers from @pulumi/aws (classic) SMS properties to the provider-neutral records of records.ts.
//
// Classic resources are flat, carry tags as a map and a resource policy as a JSON string, and declare a
// configuration set's event destinations and a number's keywords as resources of their own.
// Property names are those of node_modules/@pulumi/aws/pinpoint/smsvoicev2*.d.ts (7.48.0).
import { type Finding, unchecked, uncheckedProperty } from "./findings";
import { readKnown } from "./preview";
import { describeValue, type Reading, readBoolean, readList, readString } from "./properties";
import {
  type ConfigurationSetRecord,
  type EventDestinationRecord,
  isUnknown,
  KEYWORD_ACTIONS,
  type KeywordAction,
  type KeywordRecord,
  type Known,
  type Normalized,
  normalized,
  notNormalized,
  type ResourcePolicyRecord,
  UNKNOWN,
} from "./records";

/** A string property that must be set; a missing or mistyped one is reported as not checkable. */
function requiredString(reading: Reading<string>, field: string, consequence: string): string | Finding {
  if (reading.state === "mistyped") return uncheckedProperty(reading, consequence);
  if (reading.state === "absent") return unchecked(`could not check ${field}: it is not set; ${consequence}`);
  return reading.value;
}

/** The resource ARN may be unknown at preview (the resource is created in the same update). */
export function resourceArnOf(props: unknown): Known<string> | Finding {
  const arn = readKnown(() => readString(props, ["resourceArn"]));
  return isUnknown(arn) ? UNKNOWN : requiredString(arn, "resourceArn", "the owning account can't be read");
}

/** Parses a policy document given as a JSON string (classic always; aws-native when a string is passed). */
export function parsedPolicy(text: string, field: string): Normalized<unknown> {
  try {
    return normalized(JSON.parse(text) as unknown);
  } catch (e) {
    return notNormalized([
      unchecked(`could not check ${field}: it is not valid JSON (${(e as Error).message})`),
    ]);
  }
}

/** Tells a helper's finding from its value (values here are strings, symbols, undefined or records without `kind`). */
export const isFinding = (value: unknown): value is Finding =>
  typeof value === "object" && value !== null && "kind" in value && "message" in value;

/** `aws.pinpoint.Smsvoicev2ResourcePolicy`: `{ resourceArn, policy }`, the policy a JSON string. */
export function classicResourcePolicy(props: unknown): Normalized<ResourcePolicyRecord> {
  const text = requiredString(readString(props, ["policy"]), "policy", "the grants can't be checked");
  if (isFinding(text)) return notNormalized([text]);
  const document = parsedPolicy(text, "policy");
  if (!document.ok) return document;
  const resourceArn = resourceArnOf(props);
  if (isFinding(resourceArn)) return notNormalized([resourceArn]);
  return normalized({ resourceArn, document: document.record, documentField: "policy" });
}

/** A KeywordAction, or a finding when the value is not one of the model's. */
export function keywordActionOf(reading: Reading<string>): KeywordAction | undefined | Finding {
  if (reading.state === "mistyped")
    return uncheckedProperty(reading, "the keyword's action can't be checked");
  if (reading.state === "absent") return undefined;
  const action = reading.value as KeywordAction;
  return KEYWORD_ACTIONS.includes(action)
    ? action
    : unchecked(
        `could not check the keyword's action: ${JSON.stringify(reading.value)} is not one of ${KEYWORD_ACTIONS.join(", ")}`,
      );
}

/** `aws.pinpoint.Smsvoicev2Keyword`: one keyword of one pool or phone number. */
export function classicKeyword(props: unknown): Normalized<KeywordRecord[]> {
  const keyword = requiredString(readString(props, ["keyword"]), "keyword", "the keyword can't be checked");
  if (isFinding(keyword)) return notNormalized([keyword]);
  const action = keywordActionOf(readString(props, ["keywordAction"]));
  if (isFinding(action)) return notNormalized([action]);
  return normalized([{ keyword, action, actionField: "keywordAction" }]);
}

/** A classic configuration set as a stack holds it: its Pulumi name, and the name and ARN it goes by. */
export interface ClassicConfigurationSet {
  readonly resourceName: string;
  readonly urn: string;
  readonly props: unknown;
}

/** A classic event destination, with the configuration set it names (by name or ARN). */
export interface ClassicEventDestination {
  readonly resourceName: string;
  readonly props: unknown;
}

/** A string that links a destination and its set: absent, unknown at preview, or mistyped (a finding). */
function linkString(props: unknown, field: string, consequence: string): Known<string | undefined> | Finding {
  const reading = readKnown(() => readString(props, [field]));
  if (isUnknown(reading)) return UNKNOWN;
  if (reading.state === "mistyped") return uncheckedProperty(reading, consequence);
  return reading.state === "set" ? reading.value : undefined;
}

function optionalKnownString(props: unknown, field: string): Known<string | undefined> {
  const reading = readKnown(() => readString(props, [field]));
  return isUnknown(reading) ? UNKNOWN : reading.state === "set" ? reading.value : undefined;
}

/**
 * An event destination's `enabled` and `matchingEventTypes` (each UNKNOWN while the engine doesn't know it
 * yet), or the finding that one of them can't be read. `prefix` leads each field's path in messages; `subject`
 * names the destination. A destination without `enabled` counts as on: the classic provider's documented
 * default, and what AWS's API shows for an aws-native one (which requires it).
 */
export function eventDestinationFields(
  entry: unknown,
  prefix: string,
  subject: string,
): Pick<EventDestinationRecord, "enabled" | "matchingEventTypes"> | Finding {
  const consequence = `${subject} can't be counted`;
  const enabled = readKnown(() => readBoolean(entry, ["enabled"]));
  const types = readKnown(() => readList(entry, ["matchingEventTypes"]));
  const readings: Array<Known<Reading<unknown>>> = [enabled, types];
  for (const reading of readings) {
    if (!isUnknown(reading) && reading.state === "mistyped") {
      return uncheckedProperty({ ...reading, path: `${prefix}${reading.path}` }, consequence);
    }
  }
  let matchingEventTypes: Known<readonly string[]> = UNKNOWN;
  // Reading each element inside readKnown: at preview one element may be unknown while the list is known.
  const elements = isUnknown(types)
    ? UNKNOWN
    : readKnown(() => [...(types.state === "set" ? types.value : [])]);
  if (!isUnknown(elements)) {
    const wrong = elements.find((t) => typeof t !== "string");
    if (wrong !== undefined) {
      return unchecked(
        `could not check ${prefix}matchingEventTypes: expected event type names, found ${describeValue(wrong)}; ${consequence}`,
      );
    }
    matchingEventTypes = elements as string[];
  }
  return {
    enabled: isUnknown(enabled) ? UNKNOWN : enabled.state === "set" ? enabled.value : true,
    matchingEventTypes,
  };
}

function destinationRecord(destination: ClassicEventDestination): EventDestinationRecord | Finding {
  const { props, resourceName } = destination;
  const name = optionalKnownString(props, "eventDestinationName");
  const fields = eventDestinationFields(props, "", `event destination "${resourceName}"`);
  return isFinding(fields) ? fields : { name: typeof name === "string" ? name : resourceName, ...fields };
}

/**
 * Joins classic configuration sets to the event destinations that name them (`configurationSetName`
 * holds a name or an ARN). A destination whose link is unknown at preview might belong to any set, so it
 * counts under every set as a destination of unknown content: it can only make a set "not known yet".
 */
export function classicConfigurationSets(
  sets: readonly ClassicConfigurationSet[],
  destinations: readonly ClassicEventDestination[],
): Array<{ urn: string; result: Normalized<ConfigurationSetRecord> }> {
  const links = destinations.map((d) => {
    const consequence = `which configuration set event destination "${d.resourceName}" belongs to can't be told`;
    return {
      name: linkString(d.props, "configurationSetName", consequence),
      arn: linkString(d.props, "configurationSetArn", consequence),
      record: destinationRecord(d),
    };
  });
  return sets.map((set) => {
    const consequence = `which event destinations belong to configuration set "${set.resourceName}" can't be told`;
    const name = linkString(set.props, "name", consequence);
    const arn = linkString(set.props, "arn", consequence);
    // A value of the wrong type is no evidence of a missing destination: the set is not judged.
    const mistyped = [name, arn].filter(isFinding);
    if (mistyped.length > 0) return { urn: set.urn, result: notNormalized(mistyped) };
    const ids = [name, arn].filter((v): v is string => typeof v === "string");
    const setUnknown = isUnknown(name) || isUnknown(arn);
    const findings: Finding[] = [];
    const unlinked: Finding[] = [];
    const records: EventDestinationRecord[] = [];
    for (const link of links) {
      // A destination whose link is mistyped might belong to this set, and might be the one it lacks.
      const unreadable = [link.name, link.arn].filter(isFinding);
      if (unreadable.length > 0) {
        unlinked.push(...unreadable);
        continue;
      }
      const linkValues = [link.name, link.arn];
      const matches = linkValues.some((v) => typeof v === "string" && ids.includes(v));
      const maybe = !matches && (setUnknown || linkValues.some(isUnknown));
      if (!matches && !maybe) continue;
      if (isFinding(link.record)) {
        findings.push(link.record);
      } else {
        records.push(
          matches ? link.record : { name: link.record.name, enabled: UNKNOWN, matchingEventTypes: UNKNOWN },
        );
      }
    }
    const result: Normalized<ConfigurationSetRecord> =
      findings.length > 0
        ? notNormalized(findings)
        : normalized({
            name: set.resourceName,
            eventDestinations: records,
            destinationsField: "an aws.pinpoint.Smsvoicev2EventDestination",
            ...(unlinked.length > 0 ? { unlinked } : {}),
          });
    return { urn: set.urn, result };
  });
}
