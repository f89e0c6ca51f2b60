import { ApiProperty } from '@nestjs/swagger';
import { settingsInForceOn, type PartnershipSettingsState } from '@app/kit';
import { DateProperty, type IsoDate } from '@app/periods';
import { ALERT_KINDS, DEFAULT_ALERT_SETTINGS, type AlertKind, type AlertSettings } from '../domain/index.js';

export class AlertSettingsView {
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @DateProperty({ example: '2026-04-01', description: 'The day the settings below are in force on.' }) inForceOn: IsoDate;
  @ApiProperty({ type: 'integer', example: 1, description: 'Days after its due date that an open MARAC action raises an alert.' })
  maracActionOverdueAfterDays: number;
  @ApiProperty({ type: 'integer', example: 1 }) reassessmentOverdueAfterDays: number;
  @ApiProperty({ type: 'integer', example: 14 }) highRiskReassessmentDays: number;
  @ApiProperty({ type: 'integer', example: 28 }) mediumRiskReassessmentDays: number;
  @ApiProperty({ type: 'integer', example: 1 }) recommendationOverdueAfterDays: number;
  @ApiProperty({
    type: 'integer',
    example: 12,
    description: 'A MARAC case counts for the cross-service alerts while open or heard within this many months.',
  })
  crossServiceLookbackMonths: number;
  @ApiProperty({ enum: ALERT_KINDS, isArray: true, description: 'Kinds e-mailed at once as well as in the daily digest.' })
  immediateEmailKinds: AlertKind[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'marac-repeat-awaiting-relisting': 'marac-north' },
    description: 'Kinds raised for a team (its members) instead of their default role.',
  })
  teamsByKind: Partial<Record<AlertKind, string>>;
  @ApiProperty({ description: 'False until the first change: the defaults apply on every day.' }) configured: boolean;
  @ApiProperty({ type: 'integer', description: "The settings stream's revision (the ETag)." }) revision: number;
}

export function alertSettingsView(
  partnershipId: string,
  state: PartnershipSettingsState<AlertSettings>,
  revision: number,
  inForceOn: IsoDate,
): AlertSettingsView {
  const settings = settingsInForceOn(DEFAULT_ALERT_SETTINGS, state.changes, inForceOn);
  return {
    partnershipId,
    inForceOn,
    ...settings,
    immediateEmailKinds: [...settings.immediateEmailKinds],
    teamsByKind: { ...settings.teamsByKind },
    configured: state.changes.length > 0,
    revision,
  };
}
