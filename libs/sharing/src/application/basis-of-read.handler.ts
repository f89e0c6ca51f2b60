import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { PersonGroupQuery } from '@app/people';
import { basisOfRead, combineEntries, entryKey, sharingDecider, sharingDefaultsDecider, sharingStatusOf } from '../domain/index.js';
import { BasisOfReadQuery } from './basis-of-read.query.js';
import { sharingDefaultsStream, sharingStream } from './sharing-streams.js';

/** `*` stands for the agencies nothing was recorded for: they stand on the default (or on nothing). */
const EVERY_OTHER_AGENCY = '*';

@QueryHandler(BasisOfReadQuery)
export class BasisOfReadHandler implements IQueryHandler<BasisOfReadQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input: { partnershipId, personId, purpose } }: BasisOfReadQuery): Promise<string> {
    const group = await this.queryBus.execute(new PersonGroupQuery({ partnershipId, personId }));
    const [defaults, ...records] = await Promise.all([
      this.executor.load(sharingDefaultsStream(partnershipId), sharingDefaultsDecider),
      ...group.recordIds.map((id) => this.executor.load(sharingStream(id), sharingDecider)),
    ]);
    const agencies = new Set(
      records.flatMap((r) => Object.keys(r.state.entries).filter((key) => key.startsWith(`${purpose}|`))).map((key) => key.split('|')[1]),
    );
    const statuses = [...agencies].map((agency) =>
      sharingStatusOf(
        agency,
        purpose,
        combineEntries(records.map((r) => r.state.entries[entryKey(agency, purpose)])),
        defaults.state[purpose],
      ),
    );
    return basisOfRead([...statuses, sharingStatusOf(EVERY_OTHER_AGENCY, purpose, undefined, defaults.state[purpose])]);
  }
}
