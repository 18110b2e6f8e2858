// Rules for two-way messaging: replies need somewhere to go.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { booleanProperty, booleanSetting } from "./config";
import { type Finding, reportFindings, uncheckedProperty, violation } from "./findings";
import { pathName, readBoolean, readString } from "./properties";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";
import { TWO_WAY_FIELDS, type TwoWayFields } from "./resourceTypes";

export interface TwoWaySettings {
  /** Also require the IAM role the service assumes to publish inbound messages. */
  readonly requireChannelRole: boolean;
}

const DEFAULT_TWO_WAY_SETTINGS: TwoWaySettings = { requireChannelRole: false };

/** Two-way enabled requires a channel ARN (and, if configured, a channel role); disabled needs nothing. */
export function checkTwoWayChannel(
  props: unknown,
  fields: TwoWayFields,
  settings: TwoWaySettings,
): Finding[] {
  const enabled = readBoolean(props, fields.enabled);
  if (enabled.state === "mistyped") {
    return [uncheckedProperty(enabled, `set ${pathName(fields.enabled)} to true or false`)];
  }
  if (enabled.state === "absent" || !enabled.value) {
    return [];
  }
  const required = settings.requireChannelRole
    ? [fields.channelArn, fields.channelRole]
    : [fields.channelArn];
  const findings: Finding[] = [];
  for (const path of required) {
    const value = readString(props, path);
    if (value.state === "mistyped") {
      findings.push(uncheckedProperty(value, `set ${pathName(path)} to an ARN`));
    } else if (value.state === "absent" || value.value.trim() === "") {
      findings.push(
        violation(
          `${pathName(fields.enabled)} is true but ${pathName(path)} is not set, so inbound messages have ` +
            `nowhere to go; set ${pathName(path)}`,
        ),
      );
    }
  }
  return findings;
}

const TWO_WAY_TYPES = Object.keys(TWO_WAY_FIELDS);

export const twoWayChannelConfigured: ResourceValidationPolicy = {
  name: "sms-two-way-channel-configured",
  description:
    "Pools and phone numbers with two-way messaging enabled must name the channel (an SNS topic or Amazon " +
    "Connect) that receives replies, and, with requireChannelRole, the IAM role used to publish them.",
  enforcementLevel: "mandatory",
  severity: "medium",
  remediationSteps: "Set the two-way channel ARN (and role), or turn two-way messaging off.",
  configSchema: {
    properties: {
      requireChannelRole: booleanProperty(
        "Also require the two-way channel role (twoWay.channelRole / twoWayChannelRole).",
        DEFAULT_TWO_WAY_SETTINGS.requireChannelRole,
      ),
      exemptResourceNames: exemptResourceNamesProperty,
    },
  },
  validateResource: (args, reportViolation) => {
    const config = configIfInScope(args, TWO_WAY_TYPES);
    const settings: TwoWaySettings = {
      requireChannelRole: booleanSetting(
        config,
        "requireChannelRole",
        DEFAULT_TWO_WAY_SETTINGS.requireChannelRole,
      ),
    };
    reportFindings(checkTwoWayChannel(args.props, TWO_WAY_FIELDS[args.type], settings), reportViolation);
  },
};
