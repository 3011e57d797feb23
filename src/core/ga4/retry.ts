// One retry policy for GA4 and Bitrix24 calls: attempts, waits, how far to trust Retry-After; edges bring sleep.
import type { Ga4Failure } from './failure';

export interface Ga4RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** The first wait; each retry doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server's Retry-After is honoured up to this, so a hostile or confused header cannot stall us. */
  retryAfterCapMs: number;
}

/** The command line can wait: 5 attempts, doubling from 1 s to at most 32 s, Retry-After up to a minute. */
export const CLI_RETRY: Ga4RetryPolicy = { retries: 4, baseDelayMs: 1000, maxDelayMs: 32_000, retryAfterCapMs: 60_000 };

/** Apps Script stops a call after 6 minutes: 4 attempts and 7 s of waiting at most. */
export const ADDON_RETRY: Ga4RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 4000, retryAfterCapMs: 4000 };

/** How long to wait before attempt `attempt + 1`, or undefined to give up after `attempt` attempts. */
/** What the policy reads off any classified failure (GA4's, Bitrix24's). */
export interface RetryableFailure {
  retryable: boolean;
  /** Seconds the server asked to wait. */
  retryAfter?: number;
}

export function retryDelayMs(policy: Ga4RetryPolicy, failure: RetryableFailure, attempt: number): number | undefined {
  if (!failure.retryable || attempt > policy.retries) return undefined;
  if (failure.retryAfter !== undefined) return Math.min(failure.retryAfter * 1000, policy.retryAfterCapMs);
  return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}

/** What a retrying call needs from its edge: how to read a failure and how to word the final one. */
export interface Ga4RetryEdge<F extends RetryableFailure = Ga4Failure> {
  classify(error: unknown): F;
  giveUp(failure: F, attempts: number): Error;
}

/** Runs `call` under the policy with an asynchronous sleep (the CLI). */
export async function retryGa4<T, F extends RetryableFailure = Ga4Failure>(
  call: () => Promise<T>, policy: Ga4RetryPolicy, edge: Ga4RetryEdge<F>, sleep: (ms: number) => Promise<void>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const failure = edge.classify(e);
      const wait = retryDelayMs(policy, failure, attempt);
      if (wait === undefined) throw edge.giveUp(failure, attempt);
      await sleep(wait);
    }
  }
}

/** retryGa4 for a synchronous call and sleep (Apps Script's Utilities.sleep). */
export function retryGa4Sync<T, F extends RetryableFailure = Ga4Failure>(
  call: () => T, policy: Ga4RetryPolicy, edge: Ga4RetryEdge<F>, sleep: (ms: number) => void,
): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (e) {
      const failure = edge.classify(e);
      const wait = retryDelayMs(policy, failure, attempt);
      if (wait === undefined) throw edge.giveUp(failure, attempt);
      sleep(wait);
    }
  }
}
