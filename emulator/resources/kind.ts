// What every stored resource has (ARN, ID, owner, region, creation time, sort key) and what a resource kind
// declares: its ARN form, its model ResourceType, its filters and index keys. Kinds register themselves with
// defineKind when their file is imported; the store, the ARN resolver, tags, sharing and the state file work
// from that registry, so a new kind is one file.

import type { FieldRule } from "./recordFields";

export interface Tag {
  Key: string;
  Value: string;
}

export interface ResourceRecord {
  readonly arn: string;
  /** The name ResourceNotFoundException and ConflictException give as ResourceId. */
  readonly id: string;
  readonly accountId: string;
  readonly region: string;
  /** Epoch milliseconds. */
  readonly createdMs: number;
  /** Stable listing order (creation time, then owner and ID); keyset pagination resumes after it. */
  readonly sortKey: string;
  /** When set, the store activates this record (kind.activate) at this epoch millisecond. */
  activateAt?: number;
  tags?: Tag[];
}

/** The text a filter compares for a record: one value, several (a list field) or none. */
type FilterText<R> = (record: R) => string | readonly string[] | undefined;

interface FilterRule<R> {
  text: FilterText<R>;
  /** Values outside this list can never match and are refused (INVALID_FILTER_VALUES). */
  allowed?: readonly string[];
}

interface ParsedArn {
  region: string;
  accountId: string;
  id: string;
}

export interface ResourceKind<R extends ResourceRecord> {
  /** The collection's name in the state file (`pools`, `phoneNumbers`). */
  readonly name: string;
  /** The model's ResourceType in errors (`pool`, `phone-number`). */
  readonly resourceType: string;
  /** The ARN's resource type (`arn:aws:sms-voice:<region>:<account>:<arnType>/<id>`). */
  readonly arnType: string;
  /** The ID part of an ARN (for sender IDs `SenderId/IsoCountryCode`). */
  readonly idPattern: string;
  /** Filters by their model names. */
  readonly filters: Readonly<Record<string, FilterRule<R>>>;
  /** Index keys besides the filters (parents: a pool's members, an opt-out list's numbers). */
  readonly extraIndexes?: (record: R) => Array<[string, string]>;
  /**
   * The index whose value is the ARN of the record this one belongs to (a keyword's phone number or pool, an
   * opted-out number's list): Store.removeResource of that record removes this one too.
   */
  readonly ownedBy?: string;
  readonly taggable: boolean;
  /** The record's own fields (beyond ResourceRecord's) and their rules, checked when the state file loads. */
  readonly fields: Readonly<Record<string, FieldRule>>;
  /** Shared with other accounts by PutResourcePolicy. */
  readonly shareable: boolean;
  /** Called when activateAt has come (PENDING -> ACTIVE). */
  activate?(record: R): void;
  /** Records every account has from the start in every region (the Default opt-out list). */
  initialRecords?(region: string, accountId: string, now: number): R[];
  arn(region: string, accountId: string, id: string): string;
  parseArn(text: string): ParsedArn | undefined;
  indexEntries(record: R): Array<[string, string]>;
}

function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("us-iso-")) return "aws-iso";
  if (region.startsWith("us-isob-")) return "aws-iso-b";
  return "aws";
}

export function sortKeyOf(createdMs: number, accountId: string, id: string): string {
  return `${String(Math.max(0, Math.trunc(createdMs))).padStart(16, "0")}/${accountId}/${id}`;
}

const KINDS = new Map<string, ResourceKind<ResourceRecord>>();

/** Every registered kind by name; a live view (kinds register as their files load). */
export const RESOURCE_KINDS: ReadonlyMap<string, ResourceKind<ResourceRecord>> = KINDS;

type KindDefinition<R extends ResourceRecord> = Omit<ResourceKind<R>, "arn" | "parseArn" | "indexEntries">;

/** Completes a kind (ARN form, index entries from its filters) and registers it. */
export function defineKind<R extends ResourceRecord>(definition: KindDefinition<R>): ResourceKind<R> {
  const arnPattern = new RegExp(
    `^arn:(aws[a-z-]*):sms-voice:([a-z0-9-]+):(\\d{12}):${definition.arnType}/(${definition.idPattern})$`,
  );
  const kind: ResourceKind<R> = {
    ...definition,
    arn: (region, accountId, id) =>
      `arn:${partitionOf(region)}:sms-voice:${region}:${accountId}:${definition.arnType}/${id}`,
    parseArn(text) {
      const match = arnPattern.exec(text);
      if (!match || partitionOf(match[2]) !== match[1]) return undefined;
      return { region: match[2], accountId: match[3], id: match[4] };
    },
    indexEntries(record) {
      const entries: Array<[string, string]> = [];
      for (const [name, rule] of Object.entries(definition.filters)) {
        const text = rule.text(record);
        if (text === undefined) continue;
        for (const value of typeof text === "string" ? [text] : text) entries.push([name, value]);
      }
      return [...entries, ...(definition.extraIndexes?.(record) ?? [])];
    },
  };
  if (KINDS.has(kind.name)) throw new Error(`resource kind ${kind.name} is defined twice`);
  KINDS.set(kind.name, kind as unknown as ResourceKind<ResourceRecord>);
  return kind;
}

export const BOOLEAN_VALUES = ["true", "false"] as const;
