import { ApiProperty } from '@nestjs/swagger';
import { settingsInForceForPeriod, settingsInForceOn } from '@app/kit';
import { streamName, type CommandExecutor } from '@app/event-store';
import { DateProperty, isIsoDate, type DateRange, type IsoDate } from '@app/periods';
import {
  DEFAULT_VICTIM_SERVICES_SETTINGS,
  VS_SETTINGS_STREAM_CATEGORY,
  victimServicesSettingsDecider,
  VULNERABILITY_KINDS,
  type RiskQuestion,
  type RiskQuestionnaire,
  type VictimServicesSettings,
  type VictimServicesSettingsState,
  type VulnerabilityKind,
} from '../domain/index.js';

export function vsSettingsStream(partnershipId: string): string {
  return streamName(VS_SETTINGS_STREAM_CATEGORY, partnershipId);
}

/** A partnership's settings history (the defaults alone until an admin changes them). */
export async function victimServicesSettingsOf(executor: CommandExecutor, partnershipId: string) {
  return executor.load(vsSettingsStream(partnershipId), victimServicesSettingsDecider);
}

/**
 * The settings in force on a day: the day a command is about (a referral's, an assessment's), or `fallback`
 * (today) when that day is not a date yet (the decider then refuses it with its own message).
 */
export async function victimServicesSettingsOn(
  executor: CommandExecutor,
  partnershipId: string,
  day: unknown,
  fallback: IsoDate,
): Promise<VictimServicesSettings> {
  const { state } = await victimServicesSettingsOf(executor, partnershipId);
  return settingsInForceOn(DEFAULT_VICTIM_SERVICES_SETTINGS, state.changes, isIsoDate(day) ? day : fallback);
}

/** The settings in force for a period (those of its last day, as the kit's dated settings read a period). */
export async function victimServicesSettingsFor(
  executor: CommandExecutor,
  partnershipId: string,
  period: DateRange,
): Promise<VictimServicesSettings> {
  const { state } = await victimServicesSettingsOf(executor, partnershipId);
  return settingsInForceForPeriod(DEFAULT_VICTIM_SERVICES_SETTINGS, state.changes, period);
}

export class RiskQuestionView implements RiskQuestion {
  @ApiProperty({ example: 'lives-alone' }) id: string;
  @ApiProperty({ example: 'Does the victim live alone?' }) text: string;
  @ApiProperty({ enum: VULNERABILITY_KINDS, example: 'situational' }) vulnerability: VulnerabilityKind;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10, example: 2, description: 'Points a yes adds to the score.' }) weight: number;
}

export class RiskThresholdsView {
  @ApiProperty({ type: 'integer', example: 12, description: 'The least score that is medium.' }) medium: number;
  @ApiProperty({ type: 'integer', example: 22, description: 'The least score that is high.' }) high: number;
}

export class RiskQuestionnaireView implements RiskQuestionnaire {
  @ApiProperty({ example: 'default-2026-1', description: 'Kept beside every assessment made with it.' }) version: string;
  @ApiProperty({ type: [RiskQuestionView] }) questions: RiskQuestionView[];
  @ApiProperty({ type: RiskThresholdsView }) thresholds: RiskThresholdsView;
}

export class VictimServicesSettingsView {
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @DateProperty({ example: '2025-04-01', description: 'The day the settings below are in force on.' }) inForceOn: IsoDate;
  @ApiProperty({ type: [String], example: ['police', 'council-asb-team'] }) referringPartners: string[];
  @ApiProperty({ type: [String], example: ['harassment', 'noise'] }) behaviourTypes: string[];
  @ApiProperty({ type: [String], example: ['safety', 'housing'] }) needs: string[];
  @ApiProperty({ type: [String], example: ['safety', 'housing'], description: 'Outcome Star style domains.' }) outcomeDomains: string[];
  @ApiProperty({ type: RiskQuestionnaireView }) riskQuestionnaire: RiskQuestionnaireView;
  @ApiProperty({
    type: 'integer',
    example: 12,
    description: 'A further report within this many months of the previous one makes a repeat victim.',
  })
  repeatWindowMonths: number;
  @ApiProperty({ type: 'integer', example: 6, description: 'A second report within this many months makes a Case Review notice due.' })
  caseReviewWindowMonths: number;
  @ApiProperty({ type: 'integer', example: 14 }) reassessmentHighDays: number;
  @ApiProperty({ type: 'integer', example: 28 }) reassessmentMediumDays: number;
  @ApiProperty({ example: false, description: 'False until the first change: the documented defaults apply on every day.' })
  configured: boolean;
  @ApiProperty({ type: 'integer', example: 0, description: "The settings stream's revision (the ETag)." }) revision: number;
}

export function victimServicesSettingsView(
  partnershipId: string,
  state: VictimServicesSettingsState,
  revision: number,
  inForceOn: IsoDate,
): VictimServicesSettingsView {
  const s = settingsInForceOn(DEFAULT_VICTIM_SERVICES_SETTINGS, state.changes, inForceOn);
  return {
    partnershipId,
    inForceOn,
    referringPartners: [...s.referringPartners],
    behaviourTypes: [...s.behaviourTypes],
    needs: [...s.needs],
    outcomeDomains: [...s.outcomeDomains],
    riskQuestionnaire: {
      version: s.riskQuestionnaire.version,
      questions: s.riskQuestionnaire.questions.map((q) => ({ ...q })),
      thresholds: { ...s.riskQuestionnaire.thresholds },
    },
    repeatWindowMonths: s.repeatWindowMonths,
    caseReviewWindowMonths: s.caseReviewWindowMonths,
    reassessmentHighDays: s.reassessmentHighDays,
    reassessmentMediumDays: s.reassessmentMediumDays,
    configured: state.changes.length > 0,
    revision,
  };
}
