import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { LogFilter } from '../event-store.port.js';
import { takesCategory } from '../log-filter.js';
import { categoryOf } from '../stream-name.js';

const CHANNEL = 'es_events';

/** Other processes' subscribers hear of new events at most this long after they were appended. */
const NOTIFY_EVERY_MS = 50;
/**
 * This process's subscribers are woken at once, then at most once more per interval: under a steady
 * stream of appends each subscriber reads a page every interval instead of one read per append. Each
 * wake-up costs every live follower a read of the log, and every follower the events concern a batch
 * transaction; at 20 ms that was most of the API's CPU per command at 200 commands/s
 * (issue 17, BENCHMARKS.md). At 100 ms a read model is at most about a tenth of a second later under
 * sustained load, and as prompt as before after a quiet spell.
 */
export const WAKE_EVERY_MS = 100;

/** A NOTIFY naming more categories than this says "anything" (an empty payload), as one from a build before payloads did. */
const MAX_NOTIFIED_CATEGORIES = 100;

/** A NOTIFY's payload: the sending process's token, then the categories appended to since its last one. */
export function notifyPayload(sender: string, categories: ReadonlySet<string> | undefined): string {
  if (!categories || categories.size > MAX_NOTIFIED_CATEGORIES) return '';
  return [sender, ...categories].join(' ');
}

/** Who sent a NOTIFY and the categories it names; `categories` undefined: anything may have changed. */
export function parseNotifyPayload(payload: string | undefined): { sender: string | undefined; categories: string[] | undefined } {
  const [sender, ...categories] = (payload ?? '').split(' ').filter(Boolean);
  return sender === undefined ? { sender: undefined, categories: undefined } : { sender, categories };
}

/**
 * LISTEN/NOTIFY as a wake-up hint for subscribers. Appends do not NOTIFY inside their own transaction
 * (that takes a database-wide lock at commit and serialises committers): subscribers in this process are
 * woken in memory at once, and other processes by at most one NOTIFY per interval, which names the
 * categories appended to, so that there too only the subscribers they concern read the log. A process
 * ignores its own NOTIFY (its subscribers were woken in memory already); every wake-up, heard or local,
 * goes through the same once-per-interval gate. Subscribers also poll, so a lost hint only delays.
 */
export class LogWakeUps {
  private listener?: Promise<pg.PoolClient>;
  /** Each waiting subscriber, with the part of the log it follows. */
  private waiters = new Map<() => void, LogFilter | undefined>();
  /** Categories appended to since the last wake-up, here or as another process said; undefined: anything may have changed. */
  private appended: Set<string> | undefined = new Set();
  /** Categories appended to in this process since its last NOTIFY; undefined: not known. */
  private toNotify: Set<string> | undefined = new Set();
  /** Tells this process's NOTIFY from other processes'. */
  private readonly token = randomUUID();
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
    const category = stream === undefined ? undefined : categoryOf(stream);
    this.note(category === undefined ? undefined : [category]);
    if (category === undefined) this.toNotify = undefined;
    else this.toNotify?.add(category);
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      const payload = notifyPayload(this.token, this.toNotify);
      this.toNotify = new Set();
      this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch(() => undefined);
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

  /** Appends to these categories (undefined: to anything) are readable: wake the subscribers they concern, at once or at the end of the interval. */
  private note(categories: readonly string[] | undefined): void {
    if (categories === undefined) this.appended = undefined;
    else for (const category of categories) this.appended?.add(category);
    this.wakeSoon();
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
      if (!appended || this.closed || [...appended].some((category) => takesCategory(filter, category))) wake();
    }
  }

  private ensureListening(): void {
    if (this.listener || this.closed) return;
    const listener = this.pool.connect().then(async (client) => {
      client.on('notification', ({ payload }) => {
        const { sender, categories } = parseNotifyPayload(payload);
        if (sender !== this.token) this.note(categories);
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
