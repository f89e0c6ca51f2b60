import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { agenciesRecorded, loadPersonSharing, statusFrom } from './person-sharing-records.js';
import { basisOfRead, BasisOfReadQuery } from '@app/people';

/** `*` stands for the agencies nothing was recorded for: they stand on the default (or on nothing). */
const EVERY_OTHER_AGENCY = '*';

@QueryHandler(BasisOfReadQuery)
export class BasisOfReadHandler implements IQueryHandler<BasisOfReadQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input: { partnershipId, personIds, purpose } }: BasisOfReadQuery): Promise<string> {
    const people = await Promise.all(
      [...new Set(personIds)].map((personId) => loadPersonSharing(this.executor, this.queryBus, partnershipId, personId)),
    );
    const statuses = people.flatMap((recorded) => [
      ...agenciesRecorded(recorded, purpose).map((agency) => statusFrom(recorded, agency, purpose)),
      statusFrom(recorded, EVERY_OTHER_AGENCY, purpose),
    ]);
    return basisOfRead(statuses);
  }
}
