// The snapshot catalog of the Pulumi run a program is in: one per run, dropped with it.
import * as pulumi from "@pulumi/pulumi";
import { SnapshotCatalog } from "../provider/engine/catalog";

/** Keyed by the run's resource monitor (the engine's, or the one setMocks installs), so it ends with the run. */
const catalogs = new WeakMap<object, SnapshotCatalog>();

/**
 * The catalog of the current run, or undefined outside one (plain Node scripts look up AWS every time) or
 * when the lookup opted out (`opts.snapshot: false`, `sms-pools:snapshot false`).
 */
export function runCatalog(enabled: boolean): SnapshotCatalog | undefined {
  const monitor = enabled ? pulumi.runtime.getMonitor?.() : undefined;
  if (!monitor) return undefined;
  let catalog = catalogs.get(monitor);
  if (!catalog) {
    catalog = new SnapshotCatalog();
    catalogs.set(monitor, catalog);
  }
  return catalog;
}
