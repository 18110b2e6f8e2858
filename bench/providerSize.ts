// Item 6: the size of PoolLookup's provider as serialized into every PoolLookup's `__provider` in state.
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type { Figure } from "./figures";

/** Serializes the provider as users' programs do: from the built package (tsc output), not ts-node's. */
async function serializedProviderText(): Promise<{ text: string; containsSecrets: boolean }> {
  const built = path.join(__dirname, "..", "dist", "provider", "dynamicProvider", "serialized.js");
  const { poolLookupProvider } = require(built) as typeof import("../provider/dynamicProvider/serialized");
  const serialized = await pulumi.runtime.serializeFunction(() => poolLookupProvider, { allowSecrets: true });
  return { text: serialized.text, containsSecrets: serialized.containsSecrets };
}

export async function benchProviderSize(): Promise<Figure[]> {
  const { text, containsSecrets } = await serializedProviderText();
  return [
    {
      item: 6,
      name: "serialized PoolLookup provider",
      value: Buffer.byteLength(text, "utf8"),
      unit: "bytes",
      target: { atMost: 8 * 1024, text: "≤ 8,192 bytes" },
      detail: `pulumi.runtime.serializeFunction of dist/provider, containsSecrets ${containsSecrets}`,
    },
  ];
}
