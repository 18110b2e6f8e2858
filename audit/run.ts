// One audit: every account (profile) × region read in parallel, judged with the pack's rules, fixes planned
// or made, and the report with its exit code.
import { CONFIGURATION_SETS } from "../provider/resources/configurationSets";
import { OPT_OUT_LISTS } from "../provider/resources/optOutLists";
import { PHONE_NUMBERS } from "../provider/resources/phoneNumbers";
import { POOLS } from "../provider/resources/pools";
import { PROTECT_CONFIGURATIONS } from "../provider/resources/protectConfigurations";
import { SENDER_IDS } from "../provider/resources/senderIds";
import type { LoadedConfig } from "./config";
import { applyFixes, type FixResult, planFixes } from "./fix";
import { AUDITED_RULES, type AuditFinding, judgeAccountRegion, readPlanFor, sortFindings } from "./judge";
import { Progress } from "./progress";
import { type AccountRegionState, AuditReadError, readAccountRegion, type Target } from "./read";
import { OPT_IN_REGIONS } from "./regions";
import {
  type AuditError,
  type AuditReport,
  EXIT,
  exitCodeOf,
  type InterruptSignal,
  openFindings,
  type ScopeEntry,
  type SkippedRegion,
} from "./report";

export interface AuditOptions {
  readonly targets: readonly Target[];
  readonly config: LoadedConfig;
  readonly failOn: "mandatory" | "advisory";
  /** "plan": show each remediable finding's call; "apply": make them (--fix --yes). */
  readonly fix?: "plan" | "apply";
  /** --all-regions: an opt-in region the account has not enabled is skipped (and said so), not an error. */
  readonly skipRegionsNotEnabled?: boolean;
  readonly version: string;
  /** Aborted (with the signal's name as its reason) when SIGINT or SIGTERM asks the run to stop. */
  readonly interrupt?: AbortSignal;
  readonly progress: {
    readonly write: (text: string) => void;
    readonly enabled: boolean;
    readonly terminal: boolean;
  };
}

export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const started = Date.now();
  const startedClock = performance.now();
  const rules = options.config.rules;
  const plan = readPlanFor(rules);
  const progress = new Progress(options.progress.write, {
    ...options.progress,
    targets: options.targets.length,
  });
  const errors: AuditError[] = [];
  const skipped: SkippedRegion[] = [];
  const states: AccountRegionState[] = [];
  await Promise.all(
    options.targets.map(async (target) => {
      try {
        const state = await readAccountRegion(target, plan, progress.listener, options.interrupt);
        states.push(state);
        // Beside the findings of what was read: a failed read never hides them.
        errors.push(...state.failures.map(auditErrorOf));
      } catch (err) {
        if (!(err instanceof AuditReadError)) throw err;
        if (options.skipRegionsNotEnabled && OPT_IN_REGIONS.has(err.region) && notEnabled(err.cause)) {
          skipped.push({
            ...(err.profile ? { profile: err.profile } : {}),
            region: err.region,
            reason: `an opt-in region ${err.profile ? `profile ${err.profile}'s` : "the"} account has not enabled (AWS answered UnrecognizedClientException)`,
          });
          return;
        }
        errors.push(auditErrorOf(err));
      }
    }),
  );
  progress.finish();
  const order = (s: { target: Target }) => options.targets.indexOf(s.target);
  states.sort((a, b) => order(a) - order(b));
  const findings = sortFindings(states.flatMap((s) => judgeAccountRegion(s, rules)));

  const interruptedWhileReading = options.interrupt?.aborted === true;
  let fixes: FixResult[] | undefined;
  if (options.fix === "plan") fixes = planFixes(findings);
  if (options.fix === "apply") {
    // Every finding comes from a state read here; a fix is never sent to any other account-region.
    const targetOf = (f: AuditFinding) => {
      const state = states.find((s) => s.target.profile === f.profile && s.target.region === f.region);
      if (!state) throw new Error(`no account-region was read for ${f.resourceArn}`);
      return state.target;
    };
    fixes = await applyFixes(
      findings,
      targetOf,
      (result) => {
        if (!options.progress.enabled) return;
        options.progress.write(
          `${result.status === "fixed" ? "fixed" : "FAILED"}: ${result.finding.call?.operation} on ${result.finding.resourceArn}` +
            `${result.requestId ? ` (request ID ${result.requestId})` : ""}${result.error ? `: ${result.error}` : ""}\n`,
        );
      },
      options.interrupt,
    );
    for (const failed of fixes.filter((f) => f.status === "failed")) {
      errors.push({
        ...(failed.finding.profile ? { profile: failed.finding.profile } : {}),
        account: failed.finding.account,
        region: failed.finding.region,
        operation: failed.finding.call?.operation ?? "",
        ...(failed.requestId ? { requestId: failed.requestId } : {}),
        message: failed.error ?? "the fix failed",
      });
    }
  }
  const open = openFindings(findings, fixes);
  const scope: ScopeEntry[] = states.map((s) => ({
    ...(s.target.profile ? { profile: s.target.profile } : {}),
    ...(s.account ? { account: s.account } : {}),
    region: s.target.region,
    // A kind whose listing failed has no count: "0" would say it was read and found empty.
    counts: Object.fromEntries(
      (
        [
          ["pool", POOLS.operation, s.pools],
          ["phone number", PHONE_NUMBERS.operation, s.phoneNumbers],
          ["sender ID", SENDER_IDS.operation, s.senderIds],
          ["opt-out list", OPT_OUT_LISTS.operation, s.optOutLists],
          ["configuration set", CONFIGURATION_SETS.operation, s.configurationSets],
          ["protect configuration", PROTECT_CONFIGURATIONS.operation, s.protectConfigurations],
        ] as const
      )
        .filter(([, operation]) => !s.unlisted.has(operation))
        .map(([type, , items]) => [type, items.length]),
    ),
  }));
  const signal = options.interrupt?.aborted ? (options.interrupt.reason as InterruptSignal) : undefined;
  const interrupted = signal
    ? { signal, during: interruptedWhileReading ? ("reading" as const) : ("fixing" as const) }
    : undefined;
  const exitCode = exitCodeOf(open, errors, options.failOn);
  return {
    tool: { name: "sms-pools-guard", version: options.version },
    startedAt: new Date(started).toISOString(),
    durationMs: Math.round(performance.now() - startedClock),
    failOn: options.failOn,
    scope,
    rules: AUDITED_RULES.map((name) => rules.get(name)).filter((r) => r !== undefined),
    findings,
    ...(fixes ? { fixes } : {}),
    errors,
    ...(skipped.length > 0 ? { skipped } : {}),
    summary: {
      mandatory: open.filter((f) => f.level === "mandatory").length,
      advisory: open.filter((f) => f.level === "advisory").length,
      fixed: (fixes ?? []).filter((f) => f.status === "fixed").length,
    },
    ...(interrupted ? { interrupted } : {}),
    exitCode: interrupted ? (interrupted.signal === "SIGINT" ? EXIT.sigint : EXIT.sigterm) : exitCode,
  };
}

function auditErrorOf(err: AuditReadError): AuditError {
  return {
    ...(err.profile ? { profile: err.profile } : {}),
    ...(err.account ? { account: err.account } : {}),
    region: err.region,
    operation: err.operation,
    ...(err.requestId ? { requestId: err.requestId } : {}),
    message: err.message,
  };
}

/** Whether AWS refused the credentials as it does in a region the account has not enabled. */
function notEnabled(cause: unknown): boolean {
  const name = (cause as { awsErrorName?: string; name?: string })?.awsErrorName ?? (cause as Error)?.name;
  return name === "UnrecognizedClientException" || name === "InvalidClientTokenId";
}
