// The state file (--state): every record of every kind, the resource policies, ClientTokens and which accounts
// hold their initial records, as JSON. Loaded at start; written after every change to a temporary file that
// is then renamed over it, so a crash never leaves half a file. A file that cannot be read is never touched.

import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { AccountSettings } from "./options";
import { accountSettingsProblems } from "./resources/account";
import type { ResourceKind, ResourceRecord } from "./resources/kind";
import { fieldProblems } from "./resources/recordFields";
import { type SpendRecord, spendProblems, storeSpend } from "./resources/spend";
import { ACCOUNT_ID, REGION } from "./seed";
import type { PolicyRecord, Store } from "./store";

const FORMAT = "sms-voice-emulator-state";
/** Problems a damaged file's message lists before it counts the rest. */
const MAX_PROBLEMS_SHOWN = 20;
const VERSION = 1;

interface StateDocument {
  format: typeof FORMAT;
  version: number;
  collections: Record<string, ResourceRecord[]>;
  policies: PolicyRecord[];
  clientTokens: Array<[string, string]>;
  initialized: string[];
  /** How far the emulator's clock runs ahead of real time; absent in files written before it could move. */
  clockOffsetMs?: number;
  /** Account ID -> its settings (the sandbox tier); absent in files written before accounts had any. */
  accountSettings?: Record<string, AccountSettings>;
  /** `region/account` -> its spend limit overrides and monthly spend; absent in files written before spend. */
  spend?: Record<string, SpendRecord>;
}

/** The fields every record has, checked here; each kind's own fields are its `fields`. */
const BASE_FIELDS: ReadonlyArray<[string, (value: unknown) => boolean, string, boolean]> = [
  ["arn", (v) => typeof v === "string", "a string", false],
  ["id", (v) => typeof v === "string" && v !== "", "a non-empty string", false],
  ["accountId", (v) => typeof v === "string" && ACCOUNT_ID.test(v), "12 digits", false],
  ["region", (v) => typeof v === "string" && REGION.test(v), "a region name like us-east-1", false],
  [
    "createdMs",
    (v) => typeof v === "number" && Number.isFinite(v) && v >= 0,
    "epoch milliseconds (>= 0)",
    false,
  ],
  ["sortKey", (v) => typeof v === "string", "a string", false],
  ["activateAt", (v) => typeof v === "number" && Number.isFinite(v), "epoch milliseconds", true],
];
const BASE_NAMES = BASE_FIELDS.map(([name]) => name);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Every problem of one record: the common fields, its ARN (kind, region, account) and the kind's fields. */
function recordProblems(kind: ResourceKind<ResourceRecord>, value: unknown, where: string): string[] {
  if (!isObject(value)) return [`${where} ${show(value)} must be an object (a ${kind.resourceType} record)`];
  const named = typeof value.arn === "string" ? `${where} (${value.arn})` : where;
  const problems: string[] = [];
  for (const [name, test, rule, optional] of BASE_FIELDS) {
    const field = value[name];
    if (field === undefined) {
      if (!optional) problems.push(`${named}.${name} is missing; it must be ${rule}`);
    } else if (!test(field)) {
      problems.push(`${named}.${name} ${show(field)} must be ${rule}`);
    }
  }
  if (typeof value.arn === "string") {
    const parsed = kind.parseArn(value.arn);
    if (!parsed) {
      problems.push(
        `${named}.arn is not a ${kind.resourceType} ARN (arn:aws:sms-voice:<region>:<account>:${kind.arnType}/<id>)`,
      );
    } else {
      // A record filed under another region or account than its ARN's would never be found.
      for (const [field, fromArn] of [
        ["region", parsed.region],
        ["accountId", parsed.accountId],
      ] as const) {
        if (typeof value[field] === "string" && value[field] !== fromArn) {
          problems.push(
            `${named}.${field} ${show(value[field])} contradicts its ARN's ${show(fromArn)}; make them agree`,
          );
        }
      }
    }
  }
  problems.push(...fieldProblems(kind.fields, value, named, BASE_NAMES));
  return problems;
}

/** Every problem of a resource policy entry. */
function policyProblems(value: unknown, where: string): string[] {
  if (!isObject(value))
    return [`${where} ${show(value)} must be an object {resourceArn, policy, createdMs, principals}`];
  const problems: string[] = [];
  if (typeof value.resourceArn !== "string")
    problems.push(`${where}.resourceArn ${show(value.resourceArn)} must be an ARN`);
  if (typeof value.policy !== "string")
    problems.push(`${where}.policy ${show(value.policy)} must be the policy's JSON text`);
  if (!(typeof value.createdMs === "number" && Number.isFinite(value.createdMs)))
    problems.push(`${where}.createdMs ${show(value.createdMs)} must be epoch milliseconds`);
  if (!(Array.isArray(value.principals) && value.principals.every((p) => typeof p === "string")))
    problems.push(`${where}.principals ${show(value.principals)} must be a list of account IDs (or "*")`);
  for (const key of Object.keys(value)) {
    if (!["resourceArn", "policy", "createdMs", "principals"].includes(key))
      problems.push(`${where}.${key} is not a field of a resource policy; remove it`);
  }
  return problems;
}

/** Every problem of the document; none means it can be loaded as it is. */
function documentProblems(document: Record<string, unknown>, store: Store): string[] {
  const problems: string[] = [];
  const collections = document.collections;
  if (!isObject(collections)) {
    problems.push(`collections ${show(collections)} must be an object of resource kinds to lists of records`);
  } else {
    const seen = new Set<string>();
    for (const [name, records] of Object.entries(collections)) {
      const kind = store.kind(name);
      if (!kind) {
        problems.push(
          `collections.${name} is not a resource kind of this emulator; kinds: ${[...store.allKinds()].map((k) => k.name).join(", ")}`,
        );
        continue;
      }
      if (!Array.isArray(records)) {
        problems.push(`collections.${name} ${show(records)} must be a list of ${kind.resourceType} records`);
        continue;
      }
      records.forEach((record, i) => {
        const where = `collections.${name}[${i}]`;
        problems.push(...recordProblems(kind, record, where));
        const arn = (record as { arn?: unknown })?.arn;
        if (typeof arn === "string") {
          if (seen.has(arn)) problems.push(`${where} (${arn}) repeats an ARN another record has; keep one`);
          seen.add(arn);
        }
      });
    }
  }
  if (!Array.isArray(document.policies)) {
    problems.push(`policies ${show(document.policies)} must be a list of resource policies`);
  } else {
    document.policies.forEach((policy, i) => {
      problems.push(...policyProblems(policy, `policies[${i}]`));
    });
  }
  if (!Array.isArray(document.clientTokens)) {
    problems.push(`clientTokens ${show(document.clientTokens)} must be a list of [key, ARN] pairs`);
  } else {
    document.clientTokens.forEach((pair, i) => {
      if (!(Array.isArray(pair) && pair.length === 2 && pair.every((p) => typeof p === "string")))
        problems.push(`clientTokens[${i}] ${show(pair)} must be a [key, ARN] pair of strings`);
    });
  }
  const initialized = document.initialized ?? [];
  if (!(Array.isArray(initialized) && initialized.every((k) => typeof k === "string")))
    problems.push(`initialized ${show(initialized)} must be a list of "<region>/<account>" strings`);
  if (document.accountSettings !== undefined) {
    problems.push(...accountSettingsProblems(document.accountSettings, "accountSettings"));
  }
  if (document.spend !== undefined) problems.push(...spendProblems(document.spend, "spend"));
  const offset = document.clockOffsetMs;
  if (offset !== undefined && !(typeof offset === "number" && Number.isInteger(offset) && offset >= 0))
    problems.push(`clockOffsetMs ${show(offset)} must be a whole number of milliseconds >= 0`);
  return problems;
}

/** The state file could not be written: the change that needed it was not made. */
export class StateFileWriteError extends Error {
  override readonly name = "StateFileWriteError";
  constructor(
    readonly file: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(
      `the emulator could not write its state file ${file} (${cause.code ?? cause.message}: ${cause.message}), ` +
        "so the change was not made; make the file and its folder writable, then retry",
    );
  }
}

/** Puts a checked document's records, policies, ClientTokens and initialized accounts into `store`. */
function fill(store: Store, document: StateDocument): void {
  for (const [name, records] of Object.entries(document.collections)) {
    const collection = store.of(store.kind(name)!);
    for (const record of records) collection.add(record);
  }
  for (const policy of document.policies) store.policies.set(policy.resourceArn, policy);
  for (const [key, arn] of document.clientTokens) store.clientTokens.set(key, arn);
  for (const key of document.initialized ?? []) store.initialized.add(key);
  store.setClockOffset(document.clockOffsetMs ?? 0);
  for (const [account, settings] of Object.entries(document.accountSettings ?? {})) {
    store.setAccountSettings(account, settings);
  }
  for (const [key, record] of Object.entries(document.spend ?? {})) store.setSpend(key, record);
}

export class StateFile {
  /** The text last read or written: what the file holds, and what a failed save puts the store back to. */
  private saved: string | undefined;

  constructor(
    readonly path: string,
    /** Why the file must not be written now (its lock was lost), if so. */
    private readonly writeRefused: () => Error | undefined = () => undefined,
  ) {}

  /** Fills `store` from the file; false when there is no file yet. Throws a clear error for a bad one. */
  load(store: Store): boolean {
    if (!existsSync(this.path)) return false;
    const bad = (why: string) =>
      new Error(`state file ${this.path} ${why}; it was left as it is (move it away to start afresh)`);
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch (error) {
      throw bad(`cannot be read: ${(error as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw bad(`is not valid JSON: ${(error as Error).message}`);
    }
    if (!isObject(parsed) || parsed.format !== FORMAT) {
      throw bad(`is not an sms-voice-emulator state file (no "format": "${FORMAT}")`);
    }
    if (parsed.version !== VERSION)
      throw bad(`has version ${show(parsed.version)}; this emulator reads ${VERSION}`);
    // As strict as a seed file, all at once: a record served with a field missing or of the wrong type would
    // answer what AWS never does.
    const problems = documentProblems(parsed, store);
    if (problems.length > 0) {
      const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  - ${p}`);
      if (problems.length > MAX_PROBLEMS_SHOWN)
        shown.push(`  - and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
      throw new Error(
        `state file ${this.path} has ${problems.length} problem${problems.length === 1 ? "" : "s"}; it was left as it is ` +
          `(fix ${problems.length === 1 ? "it" : "them"}, or move the file away to start afresh):\n${shown.join("\n")}`,
      );
    }
    fill(store, parsed as unknown as StateDocument);
    this.saved = text;
    return true;
  }

  /**
   * Writes the store, or, when the file can't be written, puts the store back as the file last saved it and
   * throws: a change that could not be saved is not made (a client's retry then makes it again, instead of
   * meeting a ConflictException for a change a restart would lose).
   */
  commit(store: Store): void {
    try {
      this.save(store);
    } catch (error) {
      if (this.saved !== undefined) {
        store.clear();
        fill(store, JSON.parse(this.saved) as StateDocument);
      }
      throw new StateFileWriteError(this.path, error as NodeJS.ErrnoException);
    }
  }

  /** Writes the store (temporary file, then rename); throws what the file system said. */
  save(store: Store): void {
    const collections: Record<string, ResourceRecord[]> = {};
    for (const kind of store.allKinds()) collections[kind.name] = [...store.of(kind).records()];
    const document: StateDocument = {
      format: FORMAT,
      version: VERSION,
      collections,
      policies: [...store.policies.values()],
      clientTokens: [...store.clientTokens.entries()],
      initialized: [...store.initialized],
      clockOffsetMs: store.clockOffsetMs,
      accountSettings: Object.fromEntries(store.accountSettings),
      spend: storeSpend(store),
    };
    const refused = this.writeRefused();
    if (refused) throw refused;
    const text = JSON.stringify(document);
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, this.path);
    this.saved = text;
  }
}
