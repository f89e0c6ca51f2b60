import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { EVENT_STORE, EventCodec, streamName, type EventStore } from '@app/event-store';
import { PERSON_MERGES_STREAM_CATEGORY, personMergesDecider, type PersonMergesEvent, type PersonMergesState } from '../domain/index.js';

export function mergesStream(partnershipId: string): string {
  return streamName(PERSON_MERGES_STREAM_CATEGORY, partnershipId);
}

/**
 * A partnership's merge forest, read from its ledger stream: the state folded so far is kept per
 * partnership and only the events after it are read (one short query when nothing changed), so resolving
 * a person costs the same however many merges the partnership has made.
 */
@Injectable()
export class PersonMerges {
  private readonly folded = new LRUCache<string, { state: PersonMergesState; revision: number }>({ max: 1000 });

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
  ) {}

  async stateOf(partnershipId: string): Promise<PersonMergesState> {
    return (await this.readOf(partnershipId)).state;
  }

  /** The merge forest with the ledger's revision it was folded up to (-1: the partnership never merged anyone). */
  async readOf(partnershipId: string): Promise<{ state: PersonMergesState; revision: number }> {
    const cached = this.folded.get(partnershipId) ?? { state: personMergesDecider.initialState(), revision: -1 };
    const tail = await this.store.readStream(mergesStream(partnershipId), { fromRevision: cached.revision + 1 });
    if (tail.length === 0) return cached;
    const events = await this.codec.decode<PersonMergesEvent>(tail, { revealPersonalData: false });
    const state = events.reduce((s, e) => personMergesDecider.evolve(s, e.event), cached.state);
    const read = { state, revision: tail[tail.length - 1].revision };
    this.folded.set(partnershipId, read);
    return read;
  }
}
