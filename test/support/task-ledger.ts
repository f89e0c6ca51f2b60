import { randomUUID } from 'node:crypto';
import type { EventStore } from '@app/event-store';

/** Appends one event of the task-ledger test context, as a test would see it written by a command. */
export async function append(store: EventStore, stream: string, type: string, data: object): Promise<void> {
  const eventId = randomUUID();
  await store.appendToStream(
    stream,
    [
      {
        eventId,
        type,
        schemaVersion: 1,
        data,
        metadata: {
          eventId,
          commandId: eventId,
          correlationId: eventId,
          causationId: eventId,
          actor: 'test',
          occurredAt: new Date().toISOString(),
        },
      },
    ],
    { expectedRevision: 'any' },
  );
}

/** Polls until `check` holds. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
