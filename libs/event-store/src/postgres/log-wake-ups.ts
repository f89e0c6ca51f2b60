import pg from 'pg';
import type { LogFilter } from '../event-store.port.js';
import { matchesLogFilter } from '../log-filter.js';

const CHANNEL = 'es_events';

/** Other processes' subscribers hear of new events at most this long after they were appended. */
const NOTIFY_EVERY_MS = 50;
/**
 * This process's subscribers are woken at once, then at most once more per interval: under a steady
 * stream of appends each subscriber reads a page every interval instead of one read per append. Each
 * wake-up costs every live follower a read of the log, and every follower the events concern a batch
 * transaction (five round trips); at 20 ms that was most of the API's CPU per command at 200 commands/s
 * (issue 17, BENCHMARKS.md). At 100 ms a read model is at most about a tenth of a second later under
 * sustained load, and as prompt as before after a quiet spell.
 */
export const WAKE_EVERY_MS = 100;

/**
 * LISTEN/NOTIFY as a wake-up hint for subscribers. Appends do not NOTIFY inside their own transaction
 * (that takes a database-wide lock at commit and serialises committers): subscribers in this process are
 * woken in memory at once, and other processes by at most one NOTIFY per interval. Subscribers also
 * poll, so a lost hint only delays.
 */
export class LogWakeUps {
  private listener?: Promise<pg.PoolClient>;
  /** Each waiting subscriber, with the part of the log it follows. */
  private waiters = new Map<() => void, LogFilter | undefined>();
  /** Streams appended to in this process since the last wake-up; undefined: anything may have changed (another process's NOTIFY). */
  private appended: Set<string> | undefined = new Set();
  private notifyTimer?: NodeJS.Timeout;
  private wakeTimer?: NodeJS.Timeout;
  private wakeDue = false;
  private closed = false;

  constructor(private readonly pool: pg.Pool) {}

  /**
   * An append to `stream` (undefined: to streams not known here) committed. Only the subscribers whose filter
   * takes that stream's events are woken: the others have nothing new to read, and each read costs a round trip.
   */
  notify(stream?: string): void {
    if (this.closed) return;
    if (stream === undefined) this.appended = undefined;
    else this.appended?.add(stream);
    this.wakeSoon();
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, '']).catch(() => undefined);
    }, NOTIFY_EVERY_MS);
    this.notifyTimer.unref();
  }

  /**
   * Resolves on the next wake-up that concerns `filter` (an append to a stream it takes, or a NOTIFY from
   * another process), or when `signal` aborts (the caller's poll interval or shutdown).
   */
  next(signal: AbortSignal, filter?: LogFilter): Promise<void> {
    this.ensureListening();
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const wake = () => {
        this.waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      this.waiters.set(wake, filter);
      signal.addEventListener('abort', wake, { once: true });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.notifyTimer);
    clearTimeout(this.wakeTimer);
    this.wakeAll();
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      const client = await listener.catch(() => undefined);
      client?.release(true);
    }
  }

  private wakeSoon(): void {
    if (this.wakeTimer) {
      this.wakeDue = true;
      return;
    }
    this.wakeAll();
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = undefined;
      if (!this.wakeDue) return;
      this.wakeDue = false;
      this.wakeSoon();
    }, WAKE_EVERY_MS);
    this.wakeTimer.unref();
  }

  /** Wakes the waiters the appends since the last wake-up concern (all of them when that is not known). */
  private wakeAll(): void {
    const appended = this.appended;
    this.appended = new Set();
    for (const [wake, filter] of [...this.waiters]) {
      if (!appended || this.closed || [...appended].some((stream) => matchesLogFilter(stream, filter))) wake();
    }
  }

  private ensureListening(): void {
    if (this.listener || this.closed) return;
    const listener = this.pool.connect().then(async (client) => {
      client.on('notification', () => {
        this.appended = undefined;
        this.wakeAll();
      });
      client.on('error', () => this.dropListener(listener));
      await client.query(`LISTEN ${CHANNEL}`);
      return client;
    });
    listener.catch(() => this.dropListener(listener));
    this.listener = listener;
  }

  private dropListener(listener: Promise<pg.PoolClient>): void {
    if (this.listener !== listener) return;
    this.listener = undefined;
    listener.then((client) => client.release(true)).catch(() => undefined);
  }
}
