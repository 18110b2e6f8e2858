// Paces the requests of one client once AWS throttles them, and relaxes the pace when it stops.
import type { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";

type Stack = PinpointSMSVoiceV2Client["middlewareStack"];
type Middleware = Parameters<Stack["addRelativeTo"]>[0];

const INITIAL_SPACING_MS = 260;
const MAX_SPACING_MS = 8_400;
const SUCCESSES_PER_STEP = 8;
const RELAX_FACTOR = 0.9;

/**
 * DescribePools' default quota is 1 request/s per account and region. Retrying throttled calls with
 * backoff alone keeps hitting the limit (and the SDK's adaptive mode settles far below it: 2.2–2.5× the
 * quota floor in our benchmark). The pacer learns the allowed spacing between request starts instead:
 * the first throttle sets it to 260 ms and each throttle straight after another doubles it (520 ms,
 * 1,040 ms: the common quotas of 4, 2 and 1 request/s with a 4 % margin for timer and clock rounding);
 * a run of successes probes 10 % faster, but never back to a spacing that was already throttled.
 * Unthrottled clients never wait.
 */
export class RequestPacer {
  private spacingMs = 0;
  /** The largest spacing AWS throttled: going at or below it is known to fail. */
  private tooFast = 0;
  /** The smallest spacing that carried a whole run of successes. */
  private known = Number.POSITIVE_INFINITY;
  private nextSlot = 0;
  private successes = 0;
  private lastWasThrottled = false;

  /** Current spacing between request starts, in milliseconds (0 while AWS hasn't throttled). */
  get spacing(): number {
    return this.spacingMs;
  }

  /** Waits for this request's turn. */
  async acquire(): Promise<void> {
    if (this.spacingMs === 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.spacingMs;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  onThrottled(): void {
    const consecutive = this.lastWasThrottled;
    this.lastWasThrottled = true;
    this.successes = 0;
    if (this.spacingMs > 0 && !consecutive) {
      // A probe below the pace that carried a run of successes failed: that pace is the quota.
      if (Number.isFinite(this.known) && this.spacingMs < this.known) {
        this.tooFast = Math.max(this.tooFast, this.spacingMs);
        this.spacingMs = this.known;
      }
      // Otherwise a throttle between successes at a proven pace is noise (another client spending the
      // quota), not a sign that we go too fast: retry at the same pace.
      return;
    }
    this.tooFast = Math.max(this.tooFast, this.spacingMs);
    const doubled = this.spacingMs === 0 ? INITIAL_SPACING_MS : this.spacingMs * 2;
    this.spacingMs = Math.min(this.known > this.tooFast ? this.known : doubled, doubled, MAX_SPACING_MS);
    this.nextSlot = Math.max(this.nextSlot, Date.now() + this.spacingMs);
  }

  onSuccess(): void {
    this.lastWasThrottled = false;
    if (this.spacingMs === 0 || ++this.successes < SUCCESSES_PER_STEP) return;
    this.successes = 0;
    this.known = Math.min(this.known, this.spacingMs);
    const faster = this.spacingMs * RELAX_FACTOR;
    if (faster < 20) this.reset();
    else if (faster > this.tooFast * 1.02) this.spacingMs = faster;
  }

  private reset(): void {
    this.spacingMs = 0;
    this.tooFast = 0;
    this.known = Number.POSITIVE_INFINITY;
  }

  /** Installs the pacer in a client, once per attempt (inside the SDK's retry loop): wait, send, learn. */
  install(client: PinpointSMSVoiceV2Client, isThrottling: (err: unknown) => boolean): void {
    const middleware = (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      await this.acquire();
      try {
        const result = await next(args);
        this.onSuccess();
        return result;
      } catch (err) {
        if (isThrottling(err)) this.onThrottled();
        throw err;
      }
    };
    client.middlewareStack.addRelativeTo(middleware as Middleware, {
      name: "smsPoolsPacer",
      relation: "after",
      toMiddleware: "retryMiddleware",
    });
  }
}
