import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DepersonalisedCasesReader, type DepersonalisedCasePage } from '../../read-models/depersonalised-cases.reader.js';
import { ListDepersonalisedCasesQuery } from './list-depersonalised-cases.query.js';

@QueryHandler(ListDepersonalisedCasesQuery)
export class ListDepersonalisedCasesHandler implements IQueryHandler<ListDepersonalisedCasesQuery> {
  constructor(private readonly reader: DepersonalisedCasesReader) {}

  execute({ caller, input }: ListDepersonalisedCasesQuery): Promise<DepersonalisedCasePage> {
    return this.reader.execute(caller, input.maracId, input.range, { page: input.page, pageSize: input.pageSize });
  }
}
