// The emulated operations: every file of this folder that exports a defineOperation(...) value, so adding an
// operation is adding one file. Operations of the model without a file are answered as not implemented.

import { readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { MODEL_OPERATIONS } from "../serviceModel";
import type { Operation } from "./context";

export type { Operation, OperationContext } from "./context";

function isOperation(value: unknown): value is Operation<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Operation).name === "string" &&
    typeof (value as Operation).handle === "function"
  );
}

function loadOperations(): Map<string, Operation<unknown>> {
  // Compiled to .js in dist/, run as .ts under ts-node: load the files of this file's own kind.
  const extension = extname(__filename);
  const operations = new Map<string, Operation<unknown>>();
  for (const file of readdirSync(__dirname).sort()) {
    if (extname(file) !== extension || file.endsWith(".d.ts") || /^(index|context)\./.test(file)) continue;
    const exported = require(join(__dirname, file)) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (!isOperation(value)) continue;
      if (!MODEL_OPERATIONS.has(value.name)) {
        throw new Error(`operations/${file}: ${value.name} is not an operation of the service model`);
      }
      if (operations.has(value.name)) throw new Error(`operations/${file}: ${value.name} is defined twice`);
      operations.set(value.name, value);
    }
  }
  return operations;
}

export const OPERATIONS: ReadonlyMap<string, Operation<unknown>> = loadOperations();
