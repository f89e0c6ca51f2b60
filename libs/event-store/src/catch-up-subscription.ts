import type { EventStore, SubscribeOptions, Subscription, SubscriptionMessage } from './event-store.port.js';
import { START, type Position } from './position.js';

export interface CatchUpDriver {
  pollIntervalMs: number;
  /** Resolves when new events may be readable, or when `signal` aborts. */
  waitForWakeUp(signal: AbortSignal): Promise<void>;
}

/**
 * A catch-up subscription built on `readAll`: pages through history, then waits for a wake-up (or
 * the poll interval) and reads again. Emits a checkpoint after every page so a filtered subscriber
 * can save its progress even when nothing matched.
 */
export class CatchUpSubscription implements Subscription {
  private readonly stopped = new AbortController();

  constructor(
    private readonly store: Pick<EventStore, 'readAll'>,
    private readonly options: SubscribeOptions,
    private readonly driver: CatchUpDriver,
  ) {}

  unsubscribe(): Promise<void> {
    this.stopped.abort();
    return Promise.resolve();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    let position: Position = this.options.after ?? START;
    let caughtUp = false;
    const batchSize = this.options.batchSize ?? 500;
    while (!this.stopped.signal.aborted) {
      const page = await this.store.readAll({ after: position, maxCount: batchSize, filter: this.options.filter });
      for (const event of page.events) {
        if (this.stopped.signal.aborted) return;
        yield { kind: 'event', event };
      }
      position = page.lastPosition;
      if (page.events.length > 0) yield { kind: 'checkpoint', position };
      if (!page.isEnd) continue;
      if (!caughtUp) {
        caughtUp = true;
        yield { kind: 'caught-up', position };
      }
      await this.waitForMore();
    }
  }

  private async waitForMore(): Promise<void> {
    const wait = new AbortController();
    const timer = setTimeout(() => wait.abort(), this.driver.pollIntervalMs);
    const onStop = () => wait.abort();
    this.stopped.signal.addEventListener('abort', onStop, { once: true });
    try {
      await this.driver.waitForWakeUp(wait.signal);
    } finally {
      clearTimeout(timer);
      this.stopped.signal.removeEventListener('abort', onStop);
    }
  }
}
