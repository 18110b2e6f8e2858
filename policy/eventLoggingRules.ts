// sms-configuration-set-event-logging: every configuration set sends its delivery and failure events somewhere.
//
// A stack policy, because @pulumi/aws declares event destinations as resources of their own: a
// configuration set is judged with the destinations anywhere in the stack that name it.
import type { StackValidationPolicy } from "@pulumi/policy";
import { classicConfigurationSets } from "./classicShapes";
import { stringListProperty, stringListSetting } from "./config";
import { type Finding, reportFindings, unchecked, violation } from "./findings";
import { nativeConfigurationSet } from "./nativeShapes";
import { type ConfigurationSetRecord, isUnknown, type Normalized } from "./records";
import { EXEMPT_RESOURCE_NAMES, exemptResourceNamesProperty } from "./resourceScope";
import {
  CLASSIC_CONFIGURATION_SET_TYPE,
  CLASSIC_EVENT_DESTINATION_TYPE,
  NATIVE_CONFIGURATION_SET_TYPE,
} from "./resourceTypes";

export interface EventLoggingSettings {
  /** EventType names (pinpoint-sms-voice-v2 model) that at least one enabled destination must match. */
  readonly requiredEvents: readonly string[];
}

/** Delivered, and every way a text can fail (the model's EventType enum; TEXT_SENT can't be matched). */
export const DEFAULT_REQUIRED_EVENTS: readonly string[] = [
  "TEXT_DELIVERED",
  "TEXT_INVALID",
  "TEXT_INVALID_MESSAGE",
  "TEXT_UNREACHABLE",
  "TEXT_CARRIER_UNREACHABLE",
  "TEXT_BLOCKED",
  "TEXT_CARRIER_BLOCKED",
  "TEXT_SPAM",
  "TEXT_UNKNOWN",
  "TEXT_TTL_EXPIRED",
  "TEXT_PROTECT_BLOCKED",
];

/** Whether a matched type covers an event: itself, `ALL`, or its channel's `<CHANNEL>_ALL` (`TEXT_ALL`). */
function covers(matched: string, event: string): boolean {
  if (matched === event || matched === "ALL") return true;
  return matched.endsWith("_ALL") && event.startsWith(matched.slice(0, -"ALL".length));
}

/**
 * The required events no enabled destination matches. Destinations not known yet at preview can only
 * make the answer unknown, never a violation.
 */
export function judgeEventLogging(record: ConfigurationSetRecord, settings: EventLoggingSettings): Finding[] {
  const known = record.eventDestinations.filter(
    (d) => !isUnknown(d.enabled) && !isUnknown(d.matchingEventTypes),
  );
  const pending = record.eventDestinations.length - known.length;
  const enabled = known.filter((d) => d.enabled === true);
  const missing = settings.requiredEvents.filter(
    (event) =>
      !enabled.some((d) => (d.matchingEventTypes as readonly string[]).some((m) => covers(m, event))),
  );
  if (missing.length === 0) return [];
  if (record.unlinked && record.unlinked.length > 0) return [...record.unlinked];
  const what = `configuration set "${record.name}"`;
  if (pending > 0) {
    return [
      unchecked(
        `could not check ${what} during preview: ${pending} of its event destinations are not known yet; ` +
          "it is checked at the update",
      ),
    ];
  }
  const fix =
    `add ${record.destinationsField} (SNS, CloudWatch Logs or Firehose) that is enabled and matches ` +
    `${missing.length === settings.requiredEvents.length ? "TEXT_ALL" : missing.join(", ")}`;
  if (record.eventDestinations.length === 0) {
    return [
      violation(`${what} has no event destination, so no delivery or failure event is recorded; ${fix}`),
    ];
  }
  const disabled = known.length - enabled.length;
  const events =
    missing.length === settings.requiredEvents.length ? "any of requiredEvents" : missing.join(", ");
  return [
    violation(
      `${what} does not record ${events} in an enabled event destination` +
        `${disabled > 0 ? ` (${disabled} of its destinations disabled)` : ""}; ${fix}`,
    ),
  ];
}

export const configurationSetEventLogging: StackValidationPolicy = {
  name: "sms-configuration-set-event-logging",
  description:
    "Every SMS configuration set should publish delivery and failure events to an enabled event " +
    "destination: without them, failed and blocked messages (and SMS pumping) go unseen.",
  enforcementLevel: "advisory",
  severity: "medium",
  remediationSteps:
    "Add an event destination (eventDestinations on aws-native; aws.pinpoint.Smsvoicev2EventDestination on " +
    "aws) matching TEXT_ALL or the requiredEvents.",
  configSchema: {
    properties: {
      requiredEvents: stringListProperty(
        "EventType names (TEXT_DELIVERED, TEXT_BLOCKED, …; ALL and TEXT_ALL cover them) an enabled destination must match.",
        DEFAULT_REQUIRED_EVENTS,
      ),
      exemptResourceNames: exemptResourceNamesProperty,
    },
  },
  validateStack: (args, reportViolation) => {
    const config = args.getConfig<Record<string, unknown>>();
    const settings: EventLoggingSettings = {
      requiredEvents: stringListSetting(config, "requiredEvents", DEFAULT_REQUIRED_EVENTS),
    };
    const exempt = stringListSetting(config, EXEMPT_RESOURCE_NAMES, []);
    const judged: Array<{ urn: string; result: Normalized<ConfigurationSetRecord> }> = [];
    const classicSets = [];
    for (const r of args.resources) {
      if (exempt.includes(r.name)) continue;
      if (r.type === NATIVE_CONFIGURATION_SET_TYPE) {
        judged.push({ urn: r.urn, result: nativeConfigurationSet(r.name, r.props) });
      } else if (r.type === CLASSIC_CONFIGURATION_SET_TYPE) {
        classicSets.push({ resourceName: r.name, urn: r.urn, props: r.props });
      }
    }
    const destinations = args.resources
      .filter((r) => r.type === CLASSIC_EVENT_DESTINATION_TYPE)
      .map((r) => ({ resourceName: r.name, props: r.props }));
    judged.push(...classicConfigurationSets(classicSets, destinations));
    // Reported in stack order, whichever provider declared the set.
    const order = new Map(args.resources.map((r, i) => [r.urn, i]));
    judged.sort((a, b) => (order.get(a.urn) ?? 0) - (order.get(b.urn) ?? 0));
    for (const { urn, result } of judged) {
      const findings = result.ok ? judgeEventLogging(result.record, settings) : result.unchecked;
      // Pinned to the configuration set, so the engine shows them on it.
      reportFindings(
        findings.map((f) => ({ ...f, urn })),
        reportViolation,
      );
    }
  },
};
