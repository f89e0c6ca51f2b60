import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Max, Min, ValidateBy } from 'class-validator';
import { PageQuery } from '@app/http';
import { IsCalendarDate } from '@app/periods';
import { ALERT_KINDS, RETIRED_ALERT_SETTINGS, type AlertKind } from '../domain/index.js';

/** `kind=a&kind=b` or `kind=a,b`: a list either way. */
const asList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value.split(',').filter((v) => v !== '')
    : Array.isArray(value)
      ? value.flatMap((v) => String(v).split(','))
      : value;

class AlertFilters {
  @ApiPropertyOptional({
    enum: ['mine', 'team', 'all'],
    default: 'all',
    description: 'mine: for a role I hold, or me as lead; team: for my teams.',
  })
  @IsOptional()
  @IsIn(['mine', 'team', 'all'])
  scope: 'mine' | 'team' | 'all' = 'all';

  @ApiPropertyOptional({ enum: ALERT_KINDS, isArray: true, description: 'One or more kinds (repeat the parameter or separate by commas).' })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(ALERT_KINDS.length)
  @IsIn(ALERT_KINDS, { each: true })
  kind?: AlertKind[];

  @ApiPropertyOptional({
    enum: ['open', 'raised', 'acknowledged', 'resolved'],
    default: 'open',
    description: 'open: raised or acknowledged.',
  })
  @IsOptional()
  @IsIn(['open', 'raised', 'acknowledged', 'resolved'])
  state: 'open' | 'raised' | 'acknowledged' | 'resolved' = 'open';

  @ApiPropertyOptional({ example: 'demo-csp', description: 'One of your partnerships (default: all of them).' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  partnershipId?: string;
}

export class AlertListQuery extends PageQuery({ defaultPageSize: 50, maxPageSize: 200 }, AlertFilters) {}

export class AlertParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'alertId must be an alert id (a UUID).' })
  alertId: string;
}

export class AlertPartnershipParams {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 120)
  partnershipId: string;
}

export class AlertSettingsOnQuery {
  @ApiPropertyOptional({ type: String, format: 'date', description: 'Default today.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

const days = (description: string, max = 90) =>
  function decorate(target: object, key: string) {
    ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: max, description })(target, key);
    IsOptional()(target, key);
    IsInt()(target, key);
    Min(0)(target, key);
    Max(max)(target, key);
  };

/**
 * A setting there used to be: still documented (deprecated) so that a client built on the old document learns
 * why it is refused, and refused with 400 and the message saying what replaced it, whatever its value.
 */
const retired = (name: keyof typeof RETIRED_ALERT_SETTINGS) =>
  function decorate(target: object, key: string) {
    ApiPropertyOptional({
      type: 'integer',
      deprecated: true,
      description: `Retired: a change naming it is refused. ${RETIRED_ALERT_SETTINGS[name]}`,
    })(target, key);
    IsOptional()(target, key);
    ValidateBy({ name: 'retiredSetting', validator: { validate: () => false, defaultMessage: () => RETIRED_ALERT_SETTINGS[name] } })(
      target,
      key,
    );
  };

/** A change of some alert thresholds (merge: the others stay). Ranges are the domain's; the message names the setting. */
export class AlertSettingsPatchBody {
  @ApiPropertyOptional({ type: String, format: 'date', description: 'The first day the change applies to; default today.' })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string;

  @days('Days after its due date that an open MARAC action raises an alert (0-90).') maracActionOverdueAfterDays?: number;
  @days('Days after a reassessment fell due (0-90).') reassessmentOverdueAfterDays?: number;
  @days('Reassessment cadence for high risk, in days (1-365).', 365) highRiskReassessmentDays?: number;
  @days('Reassessment cadence for medium risk, in days (1-365).', 365) mediumRiskReassessmentDays?: number;
  @days('Days after its due date that an open recommendation raises an alert (0-90).') recommendationOverdueAfterDays?: number;
  @retired('caseReviewDueSoonWorkingDays') caseReviewDueSoonWorkingDays?: unknown;
  @retired('caseReviewOverdueAfterDays') caseReviewOverdueAfterDays?: unknown;
  @days('Months a heard MARAC case counts for the cross-service alerts (1-36).', 36) crossServiceLookbackMonths?: number;

  @ApiPropertyOptional({ enum: ALERT_KINDS, isArray: true, description: 'Kinds e-mailed at once as well as in the daily digest.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ALERT_KINDS.length)
  @IsIn(ALERT_KINDS, { each: true })
  immediateEmailKinds?: AlertKind[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'marac-repeat-awaiting-relisting': 'marac-north' },
    description: 'Kinds raised for a team instead of their default role (a whole map: it replaces the one before).',
  })
  @IsOptional()
  @IsObject()
  teamsByKind?: Partial<Record<AlertKind, string>>;
}

export class AlertRecipientParams {
  @ApiProperty({ example: 'user-7f3a', description: "The user's id (the token's subject)." })
  @IsString()
  @Length(1, 200)
  userId: string;
}
