// The emulated operations by name; every other target is answered as an unknown operation.

import type { OperationHandler } from "./context";
import { createPool } from "./createPool";
import { deletePool } from "./deletePool";
import { describePools } from "./describePools";
import { updatePool } from "./updatePool";

export type { OperationContext, OperationHandler } from "./context";

export const OPERATIONS: ReadonlyMap<string, OperationHandler> = new Map([
  ["DescribePools", describePools],
  ["CreatePool", createPool],
  ["UpdatePool", updatePool],
  ["DeletePool", deletePool],
]);
