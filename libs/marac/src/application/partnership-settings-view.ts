import { ApiProperty } from '@nestjs/swagger';
import { DateProperty, type IsoDate } from '@app/periods';
import { maracSettingsInForceOn, repeatBandOf, type MaracSettingsState } from '../domain/index.js';
import { EXAMPLE_PARTNERSHIP_ID } from './examples.js';
import { DatedSettingsChangeView, RepeatBandView } from './settings-views.js';

/** A partnership's MARAC settings as its admins read them: those in force on a day, and every dated change. */
export class PartnershipSettingsView {
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID })
  partnershipId: string;
  @DateProperty({ example: '2025-03-31', description: 'The day the settings below are in force on.' })
  inForceOn: IsoDate;
  @ApiProperty({ type: RepeatBandView })
  repeatBand: RepeatBandView;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 52000,
    description: 'Adult (16+) female population, for cases per 10,000; null until configured.',
  })
  adultFemalePopulation: number | null;
  @ApiProperty({ type: 'integer', example: 3 })
  policeCallOutThreshold: number;
  @ApiProperty({ example: true, description: 'False until the first change: the shipped defaults apply on every day.' })
  configured: boolean;
  @ApiProperty({ type: [DatedSettingsChangeView], description: 'Every change in the order recorded, with the day it takes effect.' })
  changes: DatedSettingsChangeView[];
  @ApiProperty({ type: 'integer', example: 2, description: "The settings stream's revision: the ETag, for If-Match on the next change." })
  revision: number;
}

export function partnershipSettingsView(
  partnershipId: string,
  state: MaracSettingsState,
  revision: number,
  inForceOn: IsoDate,
): PartnershipSettingsView {
  const settings = maracSettingsInForceOn({ partnership: state.changes, marac: [] }, inForceOn);
  return {
    partnershipId,
    inForceOn,
    repeatBand: repeatBandOf(settings),
    adultFemalePopulation: settings.adultFemalePopulation,
    policeCallOutThreshold: settings.policeCallOutThreshold,
    configured: state.changes.length > 0,
    changes: state.changes,
    revision,
  };
}
