// Opaque NextTokens of every listing: a signed cursor bound to the query that issued it.

import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { validationError } from "./errors";

/**
 * What a token resumes after: the sort key of the last pool served, or for a PoolIds query the position in
 * PoolIds of the last pool served. Both are keys, not counts of pools served: a pool that stops or starts
 * matching between pages never shifts the next page.
 */
export type Cursor = { key: string } | { requested: number };

export class NextTokens {
  private readonly secret = randomBytes(32);

  /** A digest of everything that defines the result set (not MaxResults, which may change between pages). */
  static queryDigest(query: unknown): string {
    return createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 22);
  }

  issue(queryDigest: string, cursor: Cursor): string {
    const payload = Buffer.from(JSON.stringify({ q: queryDigest, ...cursor })).toString("base64url");
    return `${payload}.${this.sign(payload)}`;
  }

  /** Throws ValidationException INVALID_NEXT_TOKEN for a token that is forged, garbled or from another query. */
  read(token: string, queryDigest: string): Cursor {
    const invalid = (why: string) =>
      validationError("INVALID_NEXT_TOKEN", [
        {
          Name: "NextToken",
          Message: `NextToken ${why}; pass the NextToken of the previous page of this same query.`,
        },
      ]);
    const [payload, signature, extra] = token.split(".");
    if (extra !== undefined || !payload || !signature) throw invalid("is not a token this endpoint issued");
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw invalid("is not a token this endpoint issued");
    }
    const decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      q: string;
      key?: string;
      requested?: number;
    };
    if (decoded.q !== queryDigest)
      throw invalid("was issued for a different query (its IDs, Filters, Owner, parent or region)");
    if (decoded.key !== undefined) return { key: decoded.key };
    if (Number.isInteger(decoded.requested)) return { requested: decoded.requested as number };
    throw invalid("is not a token this endpoint issued");
  }

  private sign(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url").slice(0, 22);
  }
}
