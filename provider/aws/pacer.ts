// Paces each operation of one client once AWS throttles it, and lets go of the pace once AWS stops.
import type { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";

type Stack = PinpointSMSVoiceV2Client["middlewareStack"];
type Middleware = Parameters<Stack["addRelativeTo"]>[0];

/** Where a pacer reads the time and waits (tests pass a fake one). */
export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const systemClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const INITIAL_SPACING_MS = 260;
const MAX_SPACING_MS = 8_400;
/** A pace this fast is no pace: a round trip takes longer. */
const MIN_SPACING_MS = 20;
/** Time without a throttle after which the spacing halves. */
const QUIET_MS = 1_000;
/** Each probe refused in a row doubles the quiet time before the next one, up to this. */
const MAX_QUIET_MS = 8_000;

/**
 * How long after its last ThrottlingException an operation is unpaced, at the latest (16 s): the first
 * halving comes after at most MAX_QUIET_MS, each further one after QUIET_MS, and MAX_SPACING_MS needs
 * nine halvings to fall below MIN_SPACING_MS.
 */
export const RECOVERY_BOUND_MS =
  MAX_QUIET_MS + (Math.ceil(Math.log2(MAX_SPACING_MS / MIN_SPACING_MS)) - 1) * QUIET_MS;

/**
 * The pace of one operation. Most control-plane quotas of this API are 1 request/s per operation, account
 * and region; retrying throttled calls with backoff alone keeps hitting the limit (and the SDK's adaptive
 * mode settles far below it). The pacer learns the spacing between request starts from throttles instead:
 * the first sets 260 ms and each throttle straight after another doubles it (520 ms, 1,040 ms: quotas of
 * 4, 2 and 1 request/s with a 4 % margin); a lone throttle between successes is someone else spending the
 * quota and changes nothing.
 *
 * The quota is remembered only while it is being hit: after each quiet second without a throttle the
 * spacing halves (a probe), and under 20 ms it is gone. A throttle during a probe returns to the pace that
 * worked, and the retry takes the slot the request would have had at that pace, so a refused probe costs
 * one request and no time; each refusal in a row doubles the quiet time before the next probe (1, 2, 4,
 * then every 8 s). So a client at a true quota sends about one extra request per 8 s, and any operation is
 * unpaced within RECOVERY_BOUND_MS of its last throttle. Unthrottled operations never wait.
 */
export class RequestPacer {
  private spacingMs = 0;
  /** The spacing before the last halving: where a refused probe returns. */
  private workingMs = 0;
  /** From a halving until a throttle refuses it or a quiet interval confirms it. */
  private probing = false;
  /** Probes refused in a row. */
  private refusals = 0;
  /** When AWS last throttled or the spacing last halved: quiet time counts from here. */
  private quietSince = 0;
  private lastWasThrottled = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  private startBefore = Number.NEGATIVE_INFINITY;
  /** Request starts are taken in turn, each after the one before it. */
  private turns: Promise<void> = Promise.resolve();

  constructor(private readonly clock: PacerClock = systemClock) {}

  /** Current spacing between request starts, in milliseconds (0 while unpaced). */
  get spacing(): number {
    this.relax(this.clock.now());
    return this.spacingMs;
  }

  /** Waits for this request's turn. */
  acquire(): Promise<void> {
    const turn = this.turns.then(() => this.waitForSlot());
    this.turns = turn;
    return turn;
  }

  onThrottled(): void {
    const now = this.clock.now();
    if (this.spacingMs === 0) {
      this.spacingMs = INITIAL_SPACING_MS;
      this.lastStart = Math.max(this.lastStart, now);
    } else if (this.probing) {
      this.spacingMs = this.workingMs;
      this.probing = false;
      this.refusals++;
      // The retry goes one working spacing after the start before the probe, as if there had been no probe.
      this.lastStart = Math.max(this.startBefore, this.lastStart - this.workingMs);
    } else if (this.lastWasThrottled) {
      this.spacingMs = Math.min(this.spacingMs * 2, MAX_SPACING_MS);
      this.lastStart = Math.max(this.lastStart, now);
    }
    this.quietSince = now;
    this.lastWasThrottled = true;
  }

  onSuccess(): void {
    this.lastWasThrottled = false;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      this.relax(now);
      if (this.spacingMs === 0) break;
      const due = this.lastStart + this.spacingMs;
      if (due <= now) break;
      // Wake at the slot, or when the pace relaxes if that comes first: a long slot is not sat out.
      await this.clock.sleep(Math.min(due, this.quietSince + this.quietMs()) - now);
    }
    this.startBefore = this.lastStart;
    this.lastStart = this.clock.now();
  }

  private quietMs(): number {
    return this.probing ? QUIET_MS : Math.min(MAX_QUIET_MS, QUIET_MS * 2 ** this.refusals);
  }

  /** Halves the spacing once for every quiet interval up to `now`. */
  private relax(now: number): void {
    while (this.spacingMs > 0 && now - this.quietSince >= this.quietMs()) {
      this.quietSince += this.quietMs();
      if (this.probing) this.refusals = 0;
      this.workingMs = this.spacingMs;
      this.spacingMs /= 2;
      this.probing = true;
      if (this.spacingMs < MIN_SPACING_MS) {
        this.spacingMs = 0;
        this.probing = false;
        this.refusals = 0;
      }
    }
  }
}

/**
 * Installs pacing in a client: one RequestPacer per operation (AWS's quotas are per operation, so
 * DescribePools being throttled must not slow DescribePhoneNumbers), used once per attempt inside the
 * SDK's retry loop: wait for the slot, send, learn from the answer.
 */
export function installPacers(
  client: PinpointSMSVoiceV2Client,
  isThrottling: (err: unknown) => boolean,
  clock: PacerClock = systemClock,
  /** Per operation; clients that spend one quota (same account, region, endpoint) share one map. */
  pacers: Map<string, RequestPacer> = new Map(),
): void {
  const pacerFor = (operation: string): RequestPacer => {
    let pacer = pacers.get(operation);
    if (!pacer) {
      pacer = new RequestPacer(clock);
      pacers.set(operation, pacer);
    }
    return pacer;
  };
  const middleware =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) =>
    async (args: unknown) => {
      const pacer = pacerFor(context.commandName ?? "");
      await pacer.acquire();
      try {
        const result = await next(args);
        pacer.onSuccess();
        return result;
      } catch (err) {
        if (isThrottling(err)) pacer.onThrottled();
        throw err;
      }
    };
  client.middlewareStack.addRelativeTo(middleware as unknown as Middleware, {
    name: "smsPoolsPacer",
    relation: "after",
    toMiddleware: "retryMiddleware",
  });
}
