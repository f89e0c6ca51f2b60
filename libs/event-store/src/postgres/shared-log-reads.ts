import type { ReadAllOptions, ReadAllResult } from '../event-store.port.js';
import { matchesLogFilter, unionOfFilters } from '../log-filter.js';
import { comparePositions, START, type Position } from '../position.js';

interface Waiting {
  options: ReadAllOptions;
  resolve: (result: ReadAllResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads of the log asked for in the same turn of the event loop (a process's followers, woken together by
 * one append) are answered by one query: from the earliest position asked, for the union of their filters.
 * Each follower used to read the same new events for itself, a round trip and a parse of the same rows each.
 * A reader gets what its own query would have: its events after its position, up to its page size, and
 * "the end" only when the shared read reached it. When the shared read stopped short of a reader's page
 * (a page's worth of other events came first), that reader reads alone. Readers far behind the others (a
 * follower catching up) read alone from the start, so they do not page through everyone's events.
 */
export class SharedLogReads {
  private waiting: Waiting[] | undefined;

  constructor(private readonly readAlone: (options: ReadAllOptions) => Promise<ReadAllResult>) {}

  read(options: ReadAllOptions): Promise<ReadAllResult> {
    return new Promise((resolve, reject) => {
      if (!this.waiting) {
        this.waiting = [];
        setImmediate(() => void this.flush());
      }
      this.waiting.push({ options, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const waiting = this.waiting ?? [];
    this.waiting = undefined;
    const { together, alone } = groupsOf(waiting);
    for (const reader of alone) this.answerAlone(reader);
    // The reader furthest on is always in `together`, so it is never empty.
    if (together.length === 1) return this.answerAlone(together[0]);
    const maxCount = Math.max(...together.map((reader) => reader.options.maxCount));
    const after = together.map((reader) => reader.options.after ?? START).reduce((a, b) => (comparePositions(a, b) <= 0 ? a : b));
    let shared: ReadAllResult;
    try {
      shared = await this.readAlone({ after, maxCount, filter: unionOfFilters(together.map((reader) => reader.options.filter)) });
    } catch (error) {
      for (const reader of together) reader.reject(error);
      return;
    }
    for (const reader of together) {
      const page = pageOf(shared, reader.options);
      if (page) reader.resolve(page);
      else this.answerAlone(reader);
    }
  }

  private answerAlone({ options, resolve, reject }: Waiting): void {
    this.readAlone(options).then(resolve, reject);
  }
}

/** How far apart (in the log's sequence) readers may be and still share a read: about one page. */
const SHARE_WITHIN = 500n;

/** The readers within a page of the one furthest on read together; the ones further behind, alone. */
function groupsOf(waiting: Waiting[]): { together: Waiting[]; alone: Waiting[] } {
  if (waiting.length < 2) return { together: waiting, alone: [] };
  const sequence = (reader: Waiting) => (reader.options.after ?? START).prepare;
  const furthest = waiting.map(sequence).reduce((a, b) => (a > b ? a : b));
  const together = waiting.filter((reader) => furthest - sequence(reader) <= SHARE_WITHIN);
  return { together, alone: waiting.filter((reader) => !together.includes(reader)) };
}

/** What the reader's own query would have answered, from the shared read; undefined when it cannot tell. */
function pageOf(shared: ReadAllResult, { after = START, maxCount, filter }: ReadAllOptions): ReadAllResult | undefined {
  const events = [];
  for (const event of shared.events) {
    if (comparePositions(event.position, after) <= 0 || !matchesLogFilter(event.streamName, filter)) continue;
    events.push(event);
    if (events.length === maxCount) break;
  }
  const lastPosition: Position = events.length ? events[events.length - 1].position : after;
  if (events.length === maxCount) return { events, lastPosition, isEnd: false };
  return shared.isEnd ? { events, lastPosition, isEnd: true } : undefined;
}
