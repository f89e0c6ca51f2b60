import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole } from '@app/access';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { PartnershipSettingsStore, type PartnershipSettings } from '../partnership-settings.store.js';
import { GetPartnershipSettingsQuery } from './get-partnership-settings.query.js';

@QueryHandler(GetPartnershipSettingsQuery)
export class GetPartnershipSettingsHandler implements IQueryHandler<GetPartnershipSettingsQuery> {
  constructor(private readonly settings: PartnershipSettingsStore) {}

  execute({ caller, input }: GetPartnershipSettingsQuery): Promise<PartnershipSettings> {
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    return this.settings.settingsOf(input.partnershipId);
  }
}
