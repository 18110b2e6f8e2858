// Helpers for specs of the resource operations: clients acting as two accounts, and a listing pager.

import type { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import type { Emulator } from "../../emulator";
import { sdkClient } from "../support/emulator";

/** The account the access key AKIDBOB maps to in `ACCOUNTS`. */
export const BOB = "210987654321";
export const ACCOUNTS = { AKIDBOB: BOB };

export function alice(emulator: Emulator, region?: string): PinpointSMSVoiceV2Client {
  return sdkClient(emulator, { maxAttempts: 1, ...(region ? { region } : {}) });
}

export function bob(emulator: Emulator): PinpointSMSVoiceV2Client {
  return sdkClient(emulator, {
    maxAttempts: 1,
    credentials: { accessKeyId: "AKIDBOB", secretAccessKey: "bob-secret" },
  });
}

/** Every page of a listing: `send(token)` answers one page; `items` picks its list. */
export async function allPages<P extends { NextToken?: string }, T>(
  send: (token: string | undefined) => Promise<P>,
  items: (page: P) => T[] | undefined,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await send(token);
    all.push(...(items(page) ?? []));
    token = page.NextToken;
  } while (token);
  return all;
}
