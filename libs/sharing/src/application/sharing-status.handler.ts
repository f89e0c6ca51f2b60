import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { PersonGroupQuery } from '@app/people';
import { combineEntries, entryKey, sharingDecider, sharingDefaultsDecider, sharingStatusOf } from '../domain/index.js';
import { sharingDefaultsStream, sharingStream } from './sharing-streams.js';
import { SharingStatusQuery } from './sharing-status.query.js';
import type { SharingStatusView } from './sharing-views.js';

/** Reads every record of the person (a consent recorded on a duplicate before a merge still counts) and the defaults. */
@QueryHandler(SharingStatusQuery)
export class SharingStatusHandler implements IQueryHandler<SharingStatusQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input: { partnershipId, personId, purpose, agencies } }: SharingStatusQuery): Promise<SharingStatusView[]> {
    const group = await this.queryBus.execute(new PersonGroupQuery({ partnershipId, personId }));
    const [defaults, ...records] = await Promise.all([
      this.executor.load(sharingDefaultsStream(partnershipId), sharingDefaultsDecider),
      ...group.recordIds.map((id) => this.executor.load(sharingStream(id), sharingDecider)),
    ]);
    return agencies.map((agency) =>
      sharingStatusOf(
        agency,
        purpose,
        combineEntries(records.map((r) => r.state.entries[entryKey(agency, purpose)])),
        defaults.state[purpose],
      ),
    );
  }
}
