import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { rangeOfFinancialYear } from '@app/periods';
import { QuarterlyTableReader } from '../../read-models/quarterly-table.reader.js';
import { admitService } from '../vs-common.js';
import { victimServicesSettingsFor } from '../vs-settings-in-force.js';
import { GetQuarterlyTableQuery, type QuarterlyTable } from './get-quarterly-table.query.js';

@QueryHandler(GetQuarterlyTableQuery)
export class GetQuarterlyTableHandler implements IQueryHandler<GetQuarterlyTableQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: QuarterlyTableReader,
  ) {}

  async execute({ caller, input }: GetQuarterlyTableQuery): Promise<QuarterlyTable> {
    assertCallerRole(caller, 'service-manager', 'admin', 'analyst');
    const service = await admitService(this.executor, caller, input.serviceId);
    noteAudit({ recordKind: 'victim_service', recordId: service.serviceId, partnershipId: service.partnershipId });
    const settings = await victimServicesSettingsFor(this.executor, service.partnershipId, rangeOfFinancialYear(input.financialYear));
    return this.reader.read(caller, service, input.financialYear, settings);
  }
}
