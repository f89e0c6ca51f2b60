import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { loadPersonSharing, statusFrom } from './person-sharing-records.js';
import { SharingStatusQuery, type SharingStatusView } from '@app/people';

/** Reads every record of the person (a consent recorded on a duplicate before a merge still counts) and the defaults. */
@QueryHandler(SharingStatusQuery)
export class SharingStatusHandler implements IQueryHandler<SharingStatusQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input: { partnershipId, personId, purpose, agencies } }: SharingStatusQuery): Promise<SharingStatusView[]> {
    const recorded = await loadPersonSharing(this.executor, this.queryBus, partnershipId, personId);
    return agencies.map((agency) => statusFrom(recorded, agency, purpose));
  }
}
