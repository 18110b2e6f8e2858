// The state file (--state): every record of every kind, the resource policies, ClientTokens and which accounts
// hold their initial records, as JSON. Loaded at start; written after every change to a temporary file that
// is then renamed over it, so a crash never leaves half a file. A file that cannot be read is never touched.

import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { ResourceRecord } from "./resources/kind";
import type { PolicyRecord, Store } from "./store";

const FORMAT = "sms-voice-emulator-state";
const VERSION = 1;

interface StateDocument {
  format: typeof FORMAT;
  version: number;
  collections: Record<string, ResourceRecord[]>;
  policies: PolicyRecord[];
  clientTokens: Array<[string, string]>;
  initialized: string[];
}

function isRecord(value: unknown): value is ResourceRecord {
  const r = value as ResourceRecord;
  return (
    typeof r === "object" &&
    r !== null &&
    typeof r.arn === "string" &&
    typeof r.id === "string" &&
    typeof r.accountId === "string" &&
    typeof r.region === "string" &&
    typeof r.sortKey === "string" &&
    typeof r.createdMs === "number"
  );
}

export class StateFile {
  constructor(readonly path: string) {}

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
    let document: StateDocument;
    try {
      document = JSON.parse(text) as StateDocument;
    } catch (error) {
      throw bad(`is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof document !== "object" || document === null || document.format !== FORMAT) {
      throw bad(`is not an sms-voice-emulator state file (no "format": "${FORMAT}")`);
    }
    if (document.version !== VERSION)
      throw bad(`has version ${document.version}; this emulator reads ${VERSION}`);
    const problems: string[] = [];
    for (const [name, records] of Object.entries(document.collections ?? {})) {
      const kind = store.kind(name);
      if (!kind) {
        problems.push(`collections.${name} is not a resource kind of this emulator`);
        continue;
      }
      if (!Array.isArray(records)) {
        problems.push(`collections.${name} must be a list`);
        continue;
      }
      records.forEach((record, i) => {
        if (!isRecord(record) || !kind.parseArn(record.arn)) {
          problems.push(`collections.${name}[${i}] is not a ${kind.resourceType} record`);
        }
      });
    }
    if (!Array.isArray(document.policies) || !Array.isArray(document.clientTokens)) {
      problems.push("policies and clientTokens must be lists");
    }
    if (problems.length > 0) throw bad(`is damaged:\n${problems.join("\n")}`);
    for (const [name, records] of Object.entries(document.collections)) {
      const collection = store.of(store.kind(name)!);
      for (const record of records) collection.add(record);
    }
    for (const policy of document.policies) store.policies.set(policy.resourceArn, policy);
    for (const [key, arn] of document.clientTokens) store.clientTokens.set(key, arn);
    for (const key of document.initialized ?? []) store.initialized.add(key);
    return true;
  }

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
    };
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(document));
    renameSync(temporary, this.path);
  }
}
