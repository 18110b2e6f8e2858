// Rules for tags on SMS resources: every pool, number and sender ID says who owns it and who pays for it.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { stringListProperty, stringListSetting } from "./config";
import { type Finding, reportFindings, uncheckedProperty, violation } from "./findings";
import { type Reading, readTagList, readTagMap } from "./properties";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";
import { TAG_SHAPES, type TagShape } from "./resourceTypes";

/** Tag keys every SMS resource must carry, with a non-empty value, unless the config says otherwise. */
export const DEFAULT_REQUIRED_TAG_KEYS: readonly string[] = ["owner", "cost-center"];

function quoted(keys: readonly string[]): string {
  return keys.map((key) => `"${key}"`).join(", ");
}

function missingKeys(tags: ReadonlyMap<string, string>, keys: readonly string[]): string[] {
  return keys.filter((key) => (tags.get(key) ?? "").trim() === "");
}

/**
 * Checks the required tag keys (case-sensitive, as AWS treats them). For aws classic, a key missing from
 * `tags` also counts when present in `tagsAll` (the provider's defaultTags); `tagsAll` is read only then,
 * so an unknown `tagsAll` at preview does not stop a check `tags` alone can settle.
 */
export function checkRequiredTags(
  props: unknown,
  shape: TagShape,
  requiredKeys: readonly string[],
): Finding[] {
  if (requiredKeys.length === 0) {
    return [];
  }
  const consequence = "tags can't be checked";
  const tags = shape === "key-value-list" ? readTagList(props, ["tags"]) : readTagMap(props, ["tags"]);
  if (tags.state === "mistyped") {
    return [uncheckedProperty(tags, consequence)];
  }
  let missing = missingKeys(tags.state === "set" ? tags.value : new Map(), requiredKeys);
  if (missing.length > 0 && shape === "map-with-tags-all") {
    const tagsAll: Reading<ReadonlyMap<string, string>> = readTagMap(props, ["tagsAll"]);
    if (tagsAll.state === "mistyped") {
      return [uncheckedProperty(tagsAll, consequence)];
    }
    if (tagsAll.state === "set") {
      missing = missingKeys(tagsAll.value, missing);
    }
  }
  return missing.length === 0
    ? []
    : [
        violation(
          `missing required tag${missing.length === 1 ? "" : "s"} ${quoted(missing)}; add ` +
            `${missing.length === 1 ? "it" : "them"} to tags with a non-empty value (required: ${quoted(requiredKeys)})`,
        ),
      ];
}

const TAGGED_TYPES = Object.keys(TAG_SHAPES);

export const requiredTags: ResourceValidationPolicy = {
  name: "sms-required-tags",
  description:
    "SMS pools, phone numbers and sender IDs must carry the required tags (by default owner and " +
    "cost-center), so every monthly number lease and message bill has an owner.",
  enforcementLevel: "advisory",
  severity: "low",
  remediationSteps: "Add the missing tag keys to the resource's tags (or to the provider's defaultTags).",
  configSchema: {
    properties: {
      requiredTagKeys: stringListProperty(
        "Tag keys (case-sensitive) that must be present with a non-empty value.",
        DEFAULT_REQUIRED_TAG_KEYS,
      ),
      exemptResourceNames: exemptResourceNamesProperty,
    },
  },
  validateResource: (args, reportViolation) => {
    const config = configIfInScope(args, TAGGED_TYPES);
    const keys = stringListSetting(config, "requiredTagKeys", DEFAULT_REQUIRED_TAG_KEYS);
    reportFindings(checkRequiredTags(args.props, TAG_SHAPES[args.type], keys), reportViolation);
  },
};
