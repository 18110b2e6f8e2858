// Rules for opt-out handling on pools and phone numbers.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { booleanProperty, booleanSetting } from "./config";
import { type Finding, reportFindings, uncheckedProperty, violation } from "./findings";
import { readBoolean, readString } from "./properties";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";
import { OPT_OUT_TYPES } from "./resourceTypes";

const SELF_MANAGED = "selfManagedOptOutsEnabled";
const OPT_OUT_LIST = "optOutListName";
/** The account's shared list, which AWS assigns when none is named. */
const DEFAULT_OPT_OUT_LIST = "Default";

export interface OptOutSettings {
  /** When false, AWS must handle HELP/STOP replies and opt-out tracking everywhere. */
  readonly allowSelfManagedOptOuts: boolean;
}

const DEFAULT_OPT_OUT_SETTINGS: OptOutSettings = { allowSelfManagedOptOuts: true };

/** `optOutListName` accepts a name or an ARN (`arn:aws:sms-voice:…:opt-out-list/Default`). */
function listName(nameOrArn: string): string {
  return nameOrArn.startsWith("arn:") ? nameOrArn.slice(nameOrArn.lastIndexOf("/") + 1) : nameOrArn;
}

/**
 * Self-managed opt-outs make the team answer HELP/STOP and record opt-outs itself; those records must go
 * to a named list the team owns, not the account's shared `Default` one (or, if so configured, nowhere:
 * self-managed opt-outs are not allowed at all).
 */
export function checkSelfManagedOptOuts(props: unknown, settings: OptOutSettings): Finding[] {
  const selfManaged = readBoolean(props, [SELF_MANAGED]);
  if (selfManaged.state === "mistyped") {
    return [uncheckedProperty(selfManaged, `set ${SELF_MANAGED} to true or false`)];
  }
  if (selfManaged.state === "absent" || !selfManaged.value) {
    return [];
  }
  if (!settings.allowSelfManagedOptOuts) {
    return [
      violation(
        `${SELF_MANAGED} is true, but allowSelfManagedOptOuts is false: AWS must answer HELP and STOP and ` +
          `track opt-outs; set ${SELF_MANAGED}: false`,
      ),
    ];
  }
  const list = readString(props, [OPT_OUT_LIST]);
  if (list.state === "mistyped") {
    return [uncheckedProperty(list, `name a dedicated opt-out list in ${OPT_OUT_LIST}`)];
  }
  if (list.state === "absent" || list.value.trim() === "") {
    return [
      violation(
        `${SELF_MANAGED} is true but ${OPT_OUT_LIST} is not set, so the opt-outs you record land in the ` +
          `account's shared "${DEFAULT_OPT_OUT_LIST}" list; name a dedicated opt-out list in ${OPT_OUT_LIST}`,
      ),
    ];
  }
  if (listName(list.value) === DEFAULT_OPT_OUT_LIST) {
    return [
      violation(
        `${SELF_MANAGED} is true and ${OPT_OUT_LIST} is "${list.value}", the account's shared list; ` +
          `name a dedicated opt-out list in ${OPT_OUT_LIST}`,
      ),
    ];
  }
  return [];
}

export const selfManagedOptOuts: ResourceValidationPolicy = {
  name: "sms-self-managed-opt-outs",
  description:
    "Pools and phone numbers that manage opt-outs themselves must record them in a dedicated, named " +
    "opt-out list (or, with allowSelfManagedOptOuts: false, must leave HELP/STOP handling to AWS).",
  enforcementLevel: "advisory",
  severity: "high",
  remediationSteps: `Set ${OPT_OUT_LIST} to a dedicated opt-out list, or set ${SELF_MANAGED}: false.`,
  configSchema: {
    properties: {
      allowSelfManagedOptOuts: booleanProperty(
        "Whether resources may set selfManagedOptOutsEnabled: true at all.",
        DEFAULT_OPT_OUT_SETTINGS.allowSelfManagedOptOuts,
      ),
      exemptResourceNames: exemptResourceNamesProperty,
    },
  },
  validateResource: (args, reportViolation) => {
    const config = configIfInScope(args, OPT_OUT_TYPES);
    const settings: OptOutSettings = {
      allowSelfManagedOptOuts: booleanSetting(
        config,
        "allowSelfManagedOptOuts",
        DEFAULT_OPT_OUT_SETTINGS.allowSelfManagedOptOuts,
      ),
    };
    reportFindings(checkSelfManagedOptOuts(args.props, settings), reportViolation);
  },
};
