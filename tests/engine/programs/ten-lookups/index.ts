// Ten differently filtered listings of one account in one run: the run's snapshot catalog answers them.
import { getPoolsOutput } from "pulumi-sms-pools";

const FILTERS = [
  [{ name: "message-type", values: ["TRANSACTIONAL"] }],
  [{ name: "message-type", values: ["PROMOTIONAL"] }],
  [{ name: "status", values: ["ACTIVE"] }],
  [{ name: "status", values: ["CREATING", "DELETING"] }],
  [{ name: "two-way-enabled", values: ["true"] }],
  [{ name: "self-managed-opt-outs-enabled", values: ["true"] }],
  [{ name: "opt-out-list-name", values: ["Default"] }],
  [{ name: "shared-routes-enabled", values: ["false"] }],
  [{ name: "deletion-protection-enabled", values: ["true"] }],
  [
    { name: "status", values: ["ACTIVE"] },
    { name: "message-type", values: ["TRANSACTIONAL"] },
  ],
] as const;

export const idsByFilter = FILTERS.map((filters) => getPoolsOutput({ filters: [...filters] }).ids);
