import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { ToBoolean } from './validation.js';

export class ImportMaracHistoryBody {
  @ApiProperty({ example: 'demo-csp', description: 'The partnership the history belongs to (its MARACs must be registered).' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({
    description:
      'The CSV file, as text: a header row, then one referral per row. Required columns: referral_date, marac, referring_agency, ' +
      'criterion, victim_name, sex, ethnicity, perpetrator_name, relationship; optional: victim_dob, victim_age, disabled, lgbt_plus, ' +
      'children, perpetrator_dob, perpetrator_2_name, perpetrator_2_dob, perpetrator_2_relationship, hearing_dates, hearing_agencies ' +
      '(lists separated by ;), dash_answers. Larger files than the body limit: `npm run import -- marac FILE`.',
  })
  @IsString()
  @Length(1, 100_000_000)
  csv: string;
}

export class ImportQuery {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Validate and match every row, writing nothing.' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  dryRun?: boolean;
}
