import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { InvalidCommandError } from '@app/domain';
import { assertValidRepeatBand } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { PartnershipSettingsStore, type PartnershipSettings } from '../partnership-settings.store.js';
import { SetPartnershipSettingsCommand } from './set-partnership-settings.command.js';

@CommandHandler(SetPartnershipSettingsCommand)
export class SetPartnershipSettingsHandler implements ICommandHandler<SetPartnershipSettingsCommand> {
  constructor(private readonly settings: PartnershipSettingsStore) {}

  execute({ caller, input: { partnershipId, ...input } }: SetPartnershipSettingsCommand): Promise<PartnershipSettings> {
    noteAudit({ recordKind: 'partnership_settings', recordId: partnershipId, partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, partnershipId, PARTNERSHIP_NOT_FOUND);
    assertValidRepeatBand({ low: input.repeatBandLow, high: input.repeatBandHigh });
    if (input.adultFemalePopulation !== null && (!Number.isInteger(input.adultFemalePopulation) || input.adultFemalePopulation < 1)) {
      throw new InvalidCommandError('The adult female population must be a whole number, 1 or more.');
    }
    if (!Number.isInteger(input.policeCallOutThreshold) || input.policeCallOutThreshold < 1) {
      throw new InvalidCommandError('The police call-out threshold must be a whole number, 1 or more.');
    }
    return this.settings.save(partnershipId, input);
  }
}
