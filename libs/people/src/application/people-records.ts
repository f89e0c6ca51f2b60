import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import { CommandExecutor, EVENT_STORE, EventCodec, streamName, type EventStore, type StreamRevision } from '@app/event-store';
import { partnershipsOf, type Caller } from '@app/access';
import {
  canonicalPersonId,
  PERSON_NOT_FOUND,
  PERSON_STREAM_CATEGORY,
  personDecider,
  personGroupOf,
  type PersonEvent,
  type PersonIdentity,
  type PersonState,
} from '../domain/index.js';
import { mergesStream, PersonMerges } from './person-merges.js';

export function personStream(personId: string): string {
  return streamName(PERSON_STREAM_CATEGORY, personId);
}

/** A person as another context refers to them: the canonical id (after merges) and every record that reads as them. */
export interface ResolvedPerson {
  /** The canonical person id: follow merges to the end. */
  personId: string;
  partnershipId: string;
  /** Every person record of this person (the canonical first): merged duplicates included. */
  recordIds: string[];
}

/**
 * A person's records with the partnership's merge ledger at the revision they were read from: a command that
 * decides on the group (whose consent counts) appends on condition the ledger is unchanged, so a merge or an
 * unmerge in between makes it read the group again.
 */
export interface PersonGroup extends ResolvedPerson {
  mergesRead: StreamRevision;
}

/** A person record with its identity decrypted (null once erased). */
export interface PersonRecord {
  personId: string;
  partnershipId: string;
  identity: PersonIdentity | null;
  /** The person stream's revision. */
  revision: number;
}

/**
 * Reads person records from their streams (never a lagging read model: a record just registered is
 * found) and resolves them through the partnership's merges. Another partnership's person and a person
 * that does not exist are one and the same 404, with the same message.
 */
@Injectable()
export class PeopleRecords {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly executor: CommandExecutor,
    private readonly merges: PersonMerges,
  ) {}

  /** The record's owner, or null when there is no such record. */
  async stateOf(personId: string): Promise<PersonState> {
    // Through the executor, so a person a dry run registered (an import's) is found by its later commands.
    return (await this.executor.load(personStream(personId), personDecider)).state;
  }

  /** The person as the caller may refer to them; 404 (PERSON_NOT_FOUND) for none and for another partnership's. */
  async resolve(caller: Caller, personId: string): Promise<ResolvedPerson> {
    const state = await this.stateOf(personId);
    if (state.partnershipId === null || !partnershipsOf(caller).includes(state.partnershipId)) throw new NotFoundError(PERSON_NOT_FOUND);
    return this.resolveIn(state.partnershipId, personId);
  }

  /** The same without a caller, for system work (process managers) on a record known to be the partnership's. */
  async resolveIn(partnershipId: string, personId: string): Promise<ResolvedPerson> {
    const { personId: canonical, recordIds } = await this.groupIn(partnershipId, personId);
    return { personId: canonical, partnershipId, recordIds };
  }

  /** `resolveIn` with the merge ledger at the revision read. */
  async groupIn(partnershipId: string, personId: string): Promise<PersonGroup> {
    const { state, revision } = await this.merges.readOf(partnershipId);
    return {
      personId: canonicalPersonId(state, personId),
      partnershipId,
      recordIds: personGroupOf(state, personId),
      mergesRead: { streamName: mergesStream(partnershipId), revision },
    };
  }

  /** The records' identities, decrypted (in the order asked; missing records left out). */
  async read(personIds: readonly string[]): Promise<PersonRecord[]> {
    // One read for all the streams, and one decode (one key lookup): a search reads 15 records at a time.
    const streams = await this.store.readStreams(personIds.map(personStream));
    const newest = personIds.flatMap((personId) => {
      const events = streams.get(personStream(personId)) ?? [];
      return events.length > 0 ? [{ personId, event: events[events.length - 1] }] : [];
    });
    // Every person event carries the whole identity as it now stands: only the newest is decrypted.
    const decoded = await this.codec.decode<PersonEvent>(newest.map(({ event }) => event));
    return newest.map(({ personId, event }, i) => ({
      personId,
      partnershipId: decoded[i].event.data.partnershipId,
      identity: decoded[i].event.data.identity.personal,
      revision: event.revision,
    }));
  }
}
