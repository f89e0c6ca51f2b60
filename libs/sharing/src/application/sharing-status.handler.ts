import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { entryKey, sharingDecider, sharingDefaultsDecider, sharingStatusOf } from '../domain/index.js';
import { sharingDefaultsStream, sharingStream } from './sharing-streams.js';
import { SharingStatusQuery } from './sharing-status.query.js';
import type { SharingStatusView } from './sharing-views.js';

@QueryHandler(SharingStatusQuery)
export class SharingStatusHandler implements IQueryHandler<SharingStatusQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input: { partnershipId, personId, purpose, agencies } }: SharingStatusQuery): Promise<SharingStatusView[]> {
    const [person, defaults] = await Promise.all([
      this.executor.load(sharingStream(personId), sharingDecider),
      this.executor.load(sharingDefaultsStream(partnershipId), sharingDefaultsDecider),
    ]);
    return agencies.map((agency) =>
      sharingStatusOf(agency, purpose, person.state.entries[entryKey(agency, purpose)], defaults.state[purpose]),
    );
  }
}
