import type { DomainEvent } from '@app/domain';
import type { EventMetadata, EventToAppend, FoldableEvent, RecordedEvent } from '../event-store.port.js';
import { deriveEventId } from '../event-ids.js';
import type { Position } from '../position.js';
import type { EventTypeRegistry } from './event-type-registry.js';
import type { PersonalDataProtector } from './personal-data-protector.js';

/** Who asked for a change, and why: becomes every resulting event's metadata. */
export interface CommandContext {
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: string;
  occurredAt: string;
  partnershipId?: string;
}

/** A decoded event (current schema, personal data revealed) with where and when it was stored. */
export interface EventEnvelope<Event extends DomainEvent = DomainEvent> {
  event: Event;
  streamName: string;
  revision: number;
  position: Position;
  metadata: EventMetadata;
  recordedAt: Date;
}

/** Domain events to stored events and back: schema versions, metadata, ids, personal-data encryption. */
export class EventCodec {
  constructor(
    private readonly registry: EventTypeRegistry,
    private readonly personalData: PersonalDataProtector,
  ) {}

  async encode(events: readonly DomainEvent[], context: CommandContext): Promise<EventToAppend[]> {
    return Promise.all(
      events.map(async (event, index) => {
        const eventId = deriveEventId(context.commandId, index);
        return {
          eventId,
          type: event.type,
          schemaVersion: this.registry.schemaVersionOf(event.type),
          data: await this.personalData.protect(event.data, context.partnershipId),
          metadata: { ...context, eventId },
        };
      }),
    );
  }

  /**
   * `revealPersonalData: false` leaves personal data encrypted, for readers that never look at it (a
   * decider whose state holds none, a projection of depersonalised figures): no key lookups, no decryption.
   */
  async decode<Event extends DomainEvent = DomainEvent>(
    recorded: readonly RecordedEvent[],
    options: { revealPersonalData?: boolean } = {},
  ): Promise<EventEnvelope<Event>[]> {
    const events = await this.decodeEvents<Event>(recorded, options);
    return recorded.map((r, i) => ({
      event: events[i],
      streamName: r.streamName,
      revision: r.revision,
      position: r.position,
      metadata: r.metadata,
      recordedAt: r.recordedAt,
    }));
  }

  /** The domain events alone (current schema), as a command folds them (`EventStore.readStreamsToFold`). */
  async decodeEvents<Event extends DomainEvent = DomainEvent>(
    stored: readonly Pick<FoldableEvent, 'type' | 'schemaVersion' | 'data'>[],
    { revealPersonalData = true }: { revealPersonalData?: boolean } = {},
  ): Promise<Event[]> {
    const data = stored.map((s) => s.data);
    const revealed = revealPersonalData ? await this.personalData.reveal(data) : data;
    return stored.map((s, i) => this.registry.upcast({ type: s.type, schemaVersion: s.schemaVersion, data: revealed[i] }) as Event);
  }
}
