import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole } from '@app/access';
import { CommandExecutor, streamName } from '@app/event-store';
import { MARAC_SETTINGS_STREAM_CATEGORY, maracSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { partnershipSettingsView, type PartnershipSettingsView } from '../partnership-settings-view.js';
import { GetPartnershipSettingsQuery } from './get-partnership-settings.query.js';

/** Read from the settings stream (a handful of events), so an admin reads back at once what they changed. */
@QueryHandler(GetPartnershipSettingsQuery)
export class GetPartnershipSettingsHandler implements IQueryHandler<GetPartnershipSettingsQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, input }: GetPartnershipSettingsQuery): Promise<PartnershipSettingsView> {
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const { state, revision } = await this.executor.load(
      streamName(MARAC_SETTINGS_STREAM_CATEGORY, input.partnershipId),
      maracSettingsDecider,
    );
    return partnershipSettingsView(input.partnershipId, state, revision, input.on);
  }
}
