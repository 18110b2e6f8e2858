// Item 6: the size of PoolLookup's provider as serialized into every PoolLookup's `__provider` in state.
import * as pulumi from "@pulumi/pulumi";
import { poolLookupProvider } from "../provider/poolLookupProvider";
import type { Figure } from "./figures";

export async function serializedProviderText(): Promise<{ text: string; containsSecrets: boolean }> {
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
      detail: `pulumi.runtime.serializeFunction, containsSecrets ${containsSecrets}`,
    },
  ];
}
