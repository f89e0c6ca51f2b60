import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CaseListReader, type CaseListPage } from '../../read-models/case-list.reader.js';
import { ListCasesQuery } from './list-cases.query.js';

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(private readonly reader: CaseListReader) {}

  execute({ caller, input }: ListCasesQuery): Promise<CaseListPage> {
    return this.reader.execute(caller, input.maracId, input.filter);
  }
}
