import { ApiProperty } from '@nestjs/swagger';
import { settingsInForceOn } from '@app/kit';
import { streamName, type CommandExecutor } from '@app/event-store';
import { DateProperty, type IsoDate } from '@app/periods';
import {
  CASE_REVIEW_SETTINGS_STREAM_CATEGORY,
  caseReviewSettingsDecider,
  DEFAULT_CASE_REVIEW_SETTINGS,
  type CaseReviewSettings,
  type CaseReviewSettingsState,
} from '../domain/index.js';

export function caseReviewSettingsStream(partnershipId: string): string {
  return streamName(CASE_REVIEW_SETTINGS_STREAM_CATEGORY, partnershipId);
}

/** The partnership's Case Review procedure in force on a day (the defaults until an admin changes them). */
export async function caseReviewSettingsOn(executor: CommandExecutor, partnershipId: string, day: IsoDate): Promise<CaseReviewSettings> {
  const { state } = await executor.load(caseReviewSettingsStream(partnershipId), caseReviewSettingsDecider);
  return settingsInForceOn(DEFAULT_CASE_REVIEW_SETTINGS, state.changes, day);
}

export class CaseReviewSettingsView {
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @DateProperty({ example: '2025-04-01', description: 'The day the settings below are in force on.' }) inForceOn: IsoDate;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3, example: 3, description: 'Qualifying complaints that meet the threshold.' })
  threshold: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 3 },
    example: { 'hate-incident': 1 },
    description: "Lower thresholds for some behaviour types; the lowest the application's behaviour names applies.",
  })
  thresholdsByBehaviour: Record<string, number>;
  @ApiProperty({ type: 'integer', example: 1 }) complaintWithinMonths: number;
  @ApiProperty({ type: 'integer', example: 6 }) complaintsLookbackMonths: number;
  @ApiProperty({ type: 'integer', example: 10 }) acknowledgeWorkingDays: number;
  @ApiProperty({ type: 'integer', example: 15 }) decideWorkingDays: number;
  @ApiProperty({ type: 'integer', example: 20 }) reviewWorkingDays: number;
  @ApiProperty({ type: 'integer', example: 5 }) outcomeWorkingDays: number;
  @ApiProperty({
    type: 'integer',
    example: 2,
    description: 'Working days before its due date that a stage is "due soon" (the log\'s flag and the due-soon alert).',
  })
  dueSoonWorkingDays: number;
  @ApiProperty({ example: false, description: 'False until the first change: the defaults apply on every day.' }) configured: boolean;
  @ApiProperty({ type: 'integer', example: 0, description: "The settings stream's revision (the ETag)." }) revision: number;
}

export function caseReviewSettingsView(
  partnershipId: string,
  state: CaseReviewSettingsState,
  revision: number,
  inForceOn: IsoDate,
): CaseReviewSettingsView {
  const settings = settingsInForceOn(DEFAULT_CASE_REVIEW_SETTINGS, state.changes, inForceOn);
  return {
    partnershipId,
    inForceOn,
    ...settings,
    thresholdsByBehaviour: { ...settings.thresholdsByBehaviour },
    configured: state.changes.length > 0,
    revision,
  };
}
