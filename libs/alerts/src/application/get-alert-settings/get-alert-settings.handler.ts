import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { alertSettingsDecider } from '../../domain/index.js';
import { ALERT_ROLES, PARTNERSHIP_NOT_FOUND } from '../alert-access.js';
import { alertSettingsView, type AlertSettingsView } from '../alert-settings-view.js';
import { alertSettingsStream } from '../alert-streams.js';
import { GetAlertSettingsQuery } from './get-alert-settings.query.js';

@QueryHandler(GetAlertSettingsQuery)
export class GetAlertSettingsHandler implements IQueryHandler<GetAlertSettingsQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, input }: GetAlertSettingsQuery): Promise<AlertSettingsView> {
    assertCallerRole(caller, ...ALERT_ROLES);
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const { state, revision } = await this.executor.load(alertSettingsStream(input.partnershipId), alertSettingsDecider);
    return alertSettingsView(input.partnershipId, state, revision, input.on);
  }
}
