import { performance } from 'node:perf_hooks';
import { RateLimiter } from '../src/bot/rateLimit';

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-11-24T10:00:00Z')) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('the rate limiter', () => {
  it('allows `limit` hits per window per key, then refuses until the window has passed', () => {
    const time = manualClock();
    const limiter = new RateLimiter(3, 60_000, time.clock);
    expect([1, 2, 3, 4].map(() => limiter.allow('user-a'))).toEqual([true, true, true, false]);
    expect(limiter.allow('user-b')).toBe(true);
    time.advance(30_000);
    expect(limiter.allow('user-a')).toBe(false);
    time.advance(30_001);
    expect(limiter.allow('user-a')).toBe(true);
  });

  it('stays bounded with 100,000 keys, each call cheap however many keys it has seen', () => {
    const time = manualClock();
    const limiter = new RateLimiter(5, 60_000, time.clock, 10_000);
    let largest = 0;
    const started = performance.now();
    for (let n = 0; n < 100_000; n++) {
      limiter.allow(`user-${n}`);
      largest = Math.max(largest, limiter.size);
    }
    const elapsedMs = performance.now() - started;
    expect(largest).toBe(10_000);
    // Generous for a shared machine; a scan over 10,000 keys per call would take tens of seconds.
    expect(elapsedMs).toBeLessThan(3_000);
    // The most recent client is still held to its limit.
    for (let n = 0; n < 4; n++) limiter.allow('user-99999');
    expect(limiter.allow('user-99999')).toBe(false);
  });

  it('forgets keys whose window has passed', () => {
    const time = manualClock();
    const limiter = new RateLimiter(5, 60_000, time.clock);
    for (let n = 0; n < 1_000; n++) limiter.allow(`user-${n}`);
    expect(limiter.size).toBe(1_000);
    time.advance(60_000);
    limiter.allow('late-user');
    expect(limiter.size).toBe(1);
  });

  it('keeps its bookkeeping bounded when one key is hit over and over inside its window', () => {
    const time = manualClock();
    const limiter = new RateLimiter(5, 60_000, time.clock, 100);
    limiter.allow('quiet-user');
    for (let n = 0; n < 50_000; n++) limiter.allow('busy-client');
    expect(limiter.size).toBe(2);
    expect(limiter.allow('busy-client')).toBe(false);
    expect(limiter.allow('quiet-user')).toBe(true);
    const internals = limiter as unknown as { queue: unknown[]; head: number };
    expect(internals.queue.length - internals.head).toBeLessThanOrEqual(2 * 1_024 + 1);
  });
});
