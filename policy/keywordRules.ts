// sms-opt-out-keywords: a recipient who replies STOP (or another opt-out word) is opted out, always.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { classicKeyword } from "./classicShapes";
import { stringListProperty, stringListSetting } from "./config";
import { type Finding, reportFindings, violation } from "./findings";
import { nativeKeywords } from "./nativeShapes";
import type { KeywordRecord, Normalized } from "./records";
import { applyPatch } from "./remediation";
import { configIfInScope, exemptResourceNamesProperty } from "./resourceScope";
import { CLASSIC_KEYWORD_TYPE, KEYWORD_TYPES } from "./resourceTypes";

export interface OptOutKeywordSettings {
  /** Words that must opt a recipient out, besides STOP (always). */
  readonly optOutKeywords: readonly string[];
}

const DEFAULT_OPT_OUT_KEYWORD_SETTINGS: OptOutKeywordSettings = { optOutKeywords: [] };

/** A mandatory keyword: AWS manages its action, which opts the recipient out. */
const STOP = "STOP";
const OPT_OUT = "OPT_OUT";

/** AWS matches keywords case-insensitively and stores them upper-case. */
const canonical = (keyword: string) => keyword.trim().toUpperCase();

function optOutWords(settings: OptOutKeywordSettings): Set<string> {
  return new Set([STOP, ...settings.optOutKeywords.map(canonical)]);
}

/** The action AWS applies: the declared one, else OPT_OUT for STOP (AWS-managed) and AUTOMATIC_RESPONSE otherwise. */
function effectiveAction(record: KeywordRecord): string {
  return record.action ?? (canonical(record.keyword) === STOP ? OPT_OUT : "AUTOMATIC_RESPONSE");
}

/** Flags every opt-out word whose action is anything but OPT_OUT. */
export function judgeOptOutKeywords(
  records: readonly KeywordRecord[],
  settings: OptOutKeywordSettings,
): Finding[] {
  const words = optOutWords(settings);
  return records
    .filter((r) => words.has(canonical(r.keyword)) && effectiveAction(r) !== OPT_OUT)
    .map((r) => {
      const isStop = canonical(r.keyword) === STOP;
      const value =
        r.action === undefined ? "is not set, so AWS answers with AUTOMATIC_RESPONSE" : `is ${r.action}`;
      return violation(
        `keyword "${r.keyword}": ${r.actionField} ${value}, so a recipient who replies ${canonical(r.keyword)} ` +
          `stays subscribed; ${isStop ? `leave ${r.actionField} unset (AWS manages STOP as an opt-out)` : `set ${r.actionField} to ${OPT_OUT}`}` +
          `${isStop ? "" : ", or remove the word from optOutKeywords"}`,
      );
    });
}

function settingsOf(config: Record<string, unknown>): OptOutKeywordSettings {
  return {
    optOutKeywords: stringListSetting(
      config,
      "optOutKeywords",
      DEFAULT_OPT_OUT_KEYWORD_SETTINGS.optOutKeywords,
    ),
  };
}

function keywordRecords(type: string, props: unknown): Normalized<KeywordRecord[]> {
  return type === CLASSIC_KEYWORD_TYPE ? classicKeyword(props) : nativeKeywords(props);
}

export const optOutKeywords: ResourceValidationPolicy = {
  name: "sms-opt-out-keywords",
  description:
    "Keywords must never turn STOP (or another word in optOutKeywords) into anything but an opt-out: " +
    "carriers and regulators require that a recipient who replies STOP stops receiving messages.",
  enforcementLevel: "mandatory",
  severity: "critical",
  remediationSteps:
    'Set the keyword\'s action to OPT_OUT (leave it unset for STOP), or run this policy at "remediate" for ' +
    "aws.pinpoint.Smsvoicev2Keyword.",
  configSchema: {
    properties: {
      optOutKeywords: stringListProperty(
        "Keywords (case-insensitive) that must opt the recipient out, besides STOP, e.g. UNSUBSCRIBE, CANCEL.",
        DEFAULT_OPT_OUT_KEYWORD_SETTINGS.optOutKeywords,
      ),
      exemptResourceNames: exemptResourceNamesProperty,
    },
  },
  validateResource: (args, reportViolation) => {
    const settings = settingsOf(configIfInScope(args, KEYWORD_TYPES));
    const records = keywordRecords(args.type, args.props);
    reportFindings(
      records.ok ? judgeOptOutKeywords(records.record, settings) : records.unchecked,
      reportViolation,
    );
  },
  // Only the classic keyword resource: its action is a top-level property, and the fix is the rule's own.
  // aws-native nests keywords in a list, which a remediation could only rewrite by copying it.
  remediateResource: (args) => {
    if (args.type !== CLASSIC_KEYWORD_TYPE) return undefined;
    const settings = settingsOf(configIfInScope(args, KEYWORD_TYPES));
    const records = classicKeyword(args.props);
    if (!records.ok || judgeOptOutKeywords(records.record, settings).length === 0) return undefined;
    const isStop = canonical(records.record[0].keyword) === STOP;
    return applyPatch(args.props, { keywordAction: isStop ? undefined : OPT_OUT });
  },
};
