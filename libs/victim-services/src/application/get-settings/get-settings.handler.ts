import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { PARTNERSHIP_NOT_FOUND } from '../vs-common.js';
import { victimServicesSettingsOf, victimServicesSettingsView, type VictimServicesSettingsView } from '../vs-settings-in-force.js';
import { GetVictimServicesSettingsQuery } from './get-settings.query.js';

@QueryHandler(GetVictimServicesSettingsQuery)
export class GetVictimServicesSettingsHandler implements IQueryHandler<GetVictimServicesSettingsQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, input }: GetVictimServicesSettingsQuery): Promise<VictimServicesSettingsView> {
    assertCallerRole(caller, 'admin', 'service-manager', 'asb-caseworker');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    noteAudit({ recordKind: 'vs_settings', recordId: input.partnershipId, partnershipId: input.partnershipId });
    const { state, revision } = await victimServicesSettingsOf(this.executor, input.partnershipId);
    return victimServicesSettingsView(input.partnershipId, state, revision, input.on);
  }
}
