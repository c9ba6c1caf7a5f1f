/**
 * How outbound calls to the Bot Connector are retried and bounded. Teams asks bots to retry 429, 412, 502, 503
 * and 504 with exponential backoff and to honour Retry-After; a call that never answers must not hold the turn
 * (and with it the user's HTTP request) open.
 */
export interface SendPolicy {
  /** Longest wait for one attempt. */
  attemptTimeoutMs: number;
  /** Longest time for all attempts of one turn's sends together. */
  budgetMs: number;
  /** First backoff; doubled per attempt, with full jitter. */
  baseDelayMs: number;
}

export const DEFAULT_SEND_POLICY: SendPolicy = {
  attemptTimeoutMs: 5_000,
  budgetMs: 12_000,
  baseDelayMs: 250,
};

export class SendTimeoutError extends Error {
  readonly code = 'SEND_TIMEOUT';
  constructor(ms: number) {
    super(`the connector did not answer within ${ms} ms`);
    this.name = 'SendTimeoutError';
  }
}

/** A send that failed for good: the user did not get (all of) the turn's replies. */
export class SendFailedError extends Error {
  readonly code = 'SEND_FAILED';
  constructor(readonly lastError: unknown) {
    super(`sending to the connector failed: ${lastError instanceof Error ? lastError.message : 'unknown'}`);
    this.name = 'SendFailedError';
  }
}

const RETRYABLE_STATUS = new Set([408, 412, 429, 500, 502, 503, 504]);
const RETRYABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'REQUEST_SEND_ERROR']);

interface ConnectorError {
  statusCode?: number;
  code?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof SendTimeoutError) return true;
  const { statusCode, code } = (error ?? {}) as ConnectorError;
  return (statusCode !== undefined && RETRYABLE_STATUS.has(statusCode)) || RETRYABLE_NETWORK.has(code ?? '');
}

/** Retry-After in milliseconds (seconds or an HTTP date), when the connector sent one. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const header = (error as ConnectorError | undefined)?.response?.headers?.get?.('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `send` until it succeeds, fails with an error not worth retrying, or `deadline` (epoch ms) comes;
 * then throws `SendFailedError`.
 */
export async function sendWithRetry<T>(
  send: () => Promise<T>,
  policy: SendPolicy,
  deadline: number,
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) throw new SendFailedError(new SendTimeoutError(policy.budgetMs));
    try {
      // The HTTP layer aborts an attempt at attemptTimeoutMs; this bound is the backstop (and the deadline).
      return await withTimeout(send(), Math.min(policy.attemptTimeoutMs + 500, left));
    } catch (error) {
      if (!isRetryable(error)) throw new SendFailedError(error);
      const backoff = retryAfterMs(error) ?? random() * policy.baseDelayMs * 2 ** attempt;
      if (Date.now() + backoff >= deadline) throw new SendFailedError(error);
      await sleep(backoff);
    }
  }
}
