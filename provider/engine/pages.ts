// Guards a paginated listing against a service that never stops: repeated NextTokens and runaway page counts.
import { createHash } from "node:crypto";

/** More pages than any real account has (a million resources at 100 a page): past it, paging is broken. */
const MAX_PAGES = 10_000;

/** The service's paging went wrong; nothing of the listing is returned. */
export class PagingError extends Error {
  override readonly name = "PagingError";
}

/**
 * Yields the pages of `pages` and stops the listing, before the next request goes out, when the service
 * answers a NextToken it has already given (following it would loop forever) or the listing runs past
 * `maxPages`. Only a digest of each token is kept, so memory stays bounded by the page cap.
 */
export async function* checkedPages<P extends { NextToken?: string }>(
  pages: AsyncIterable<P>,
  operation: string,
  maxPages = MAX_PAGES,
): AsyncGenerator<P> {
  const seen = new Set<string>();
  let count = 0;
  for await (const page of pages) {
    count++;
    yield page;
    const token = page.NextToken;
    if (!token) return;
    if (count >= maxPages) {
      throw new PagingError(
        `${operation} kept answering with a NextToken after ${maxPages} pages, more than any real account has; ` +
          "the listing was stopped instead of paging forever",
      );
    }
    const digest = createHash("sha256").update(token).digest("base64");
    if (seen.has(digest)) {
      throw new PagingError(
        `${operation} answered a NextToken it had already given (on page ${count}); following it would loop ` +
          "forever, so the listing was stopped",
      );
    }
    seen.add(digest);
  }
}
