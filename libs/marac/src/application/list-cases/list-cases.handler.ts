import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CanonicalPersonIdsQuery, ResolvePersonQuery } from '@app/people';
import { CaseListReader, type CaseListPage } from '../../read-models/case-list.reader.js';
import { ListCasesQuery } from './list-cases.query.js';

/** Victims read as their person: a merged record's cases show the canonical person id, and a person's cases are all of theirs. */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(
    private readonly reader: CaseListReader,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ caller, input }: ListCasesQuery): Promise<CaseListPage> {
    const { personId, ...filter } = input.filter;
    const victimPersonIds = personId ? (await this.queryBus.execute(new ResolvePersonQuery(caller, { personId }))).recordIds : undefined;
    const page = await this.reader.execute(caller, input.maracId, { ...filter, victimPersonIds });
    const canonical = await this.queryBus.execute(
      new CanonicalPersonIdsQuery({ partnershipId: page.partnershipId, personIds: page.items.map((item) => item.victimPersonId) }),
    );
    return {
      ...page,
      items: page.items.map((item) => ({ ...item, victimPersonId: canonical[item.victimPersonId] ?? item.victimPersonId })),
    };
  }
}
