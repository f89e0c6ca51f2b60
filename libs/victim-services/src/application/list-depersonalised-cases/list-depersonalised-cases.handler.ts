import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { DepersonalisedVsCasesReader, type DepersonalisedVsCasePage } from '../../read-models/depersonalised-vs-cases.reader.js';
import { admitService } from '../vs-common.js';
import { victimServicesSettingsFor } from '../vs-settings-in-force.js';
import { ListDepersonalisedVsCasesQuery } from './list-depersonalised-cases.query.js';

/** Analysts of the service's partnership only (404 for another's service); the read is audited without subjects, as it names nobody. */
@QueryHandler(ListDepersonalisedVsCasesQuery)
export class ListDepersonalisedVsCasesHandler implements IQueryHandler<ListDepersonalisedVsCasesQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: DepersonalisedVsCasesReader,
  ) {}

  async execute({ caller, input }: ListDepersonalisedVsCasesQuery): Promise<DepersonalisedVsCasePage> {
    assertCallerRole(caller, 'analyst');
    const service = await admitService(this.executor, caller, input.serviceId);
    noteAudit({ recordKind: 'vs_depersonalised_cases', recordId: service.serviceId, partnershipId: service.partnershipId });
    const settings = await victimServicesSettingsFor(this.executor, service.partnershipId, input.range);
    return this.reader.read(service, input.range, { page: input.page, pageSize: input.pageSize }, settings);
  }
}
