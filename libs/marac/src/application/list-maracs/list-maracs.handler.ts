import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, partnershipsOf } from '@app/access';
import { MaracPanelsReader, type MaracListing } from '../../read-models/marac-panels.reader.js';
import { ListMaracsQuery } from './list-maracs.query.js';

@QueryHandler(ListMaracsQuery)
export class ListMaracsHandler implements IQueryHandler<ListMaracsQuery> {
  constructor(private readonly reader: MaracPanelsReader) {}

  async execute({ caller }: ListMaracsQuery): Promise<{ maracs: MaracListing[] }> {
    assertCallerRole(caller, 'admin', 'coordinator', 'analyst');
    return { maracs: await this.reader.maracsOf(partnershipsOf(caller)) };
  }
}
