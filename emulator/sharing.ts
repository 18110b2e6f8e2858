// Resource policies: which accounts a policy shares a resource with (its Allow statements' AWS principals:
// "*", a 12-digit account or an IAM ARN of one), and the policy the emulator writes for a seeded resource of
// another account, which shares it with the emulator's own account.

import { invalidField } from "./errors";

const ACCOUNT = /^\d{12}$/;
const IAM_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):/;

function principalAccounts(principal: unknown): string[] {
  if (principal === "*") return ["*"];
  if (typeof principal !== "object" || principal === null) return [];
  const aws = (principal as { AWS?: unknown }).AWS;
  const entries = Array.isArray(aws) ? aws : [aws];
  return entries.flatMap((entry) => {
    if (entry === "*") return ["*"];
    if (typeof entry !== "string") return [];
    if (ACCOUNT.test(entry)) return [entry];
    const match = IAM_ARN.exec(entry);
    return match ? [match[1]] : [];
  });
}

/** The accounts `policy` (JSON text) shares a resource with; throws ValidationException for one it cannot read. */
export function sharedAccounts(policy: string): string[] {
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch (error) {
    throw invalidField("CANNOT_PARSE", "Policy", `Policy is not valid JSON: ${(error as Error).message}`);
  }
  const statements = (document as { Statement?: unknown })?.Statement;
  const list = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  const accounts = new Set<string>();
  for (const statement of list) {
    if (typeof statement !== "object" || statement === null) continue;
    const { Effect, Principal } = statement as { Effect?: unknown; Principal?: unknown };
    if (Effect !== "Allow") continue;
    for (const account of principalAccounts(Principal)) accounts.add(account);
  }
  if (accounts.size === 0) {
    throw invalidField(
      "INVALID_PARAMETER",
      "Policy",
      'Policy shares with no account: add a statement with "Effect": "Allow" and "Principal": {"AWS": "<account ID or arn:aws:iam::<account>:root>"}.',
    );
  }
  return [...accounts].sort();
}

/** The policy a seeded resource of another account gets, sharing it with `withAccount`. */
export function seededSharePolicy(resourceArn: string, withAccount: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "SharedBySeed",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${withAccount}:root` },
        Action: ["sms-voice:*"],
        Resource: resourceArn,
      },
    ],
  });
}
