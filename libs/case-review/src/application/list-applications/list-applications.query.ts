import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import type { IsoDate } from '@app/periods';

export class LogEntryView {
  @ApiProperty() applicationId: string;
  @ApiProperty({ type: String, format: 'date' }) receivedOn: IsoDate;
  @ApiProperty() channel: string;
  @ApiProperty({ type: [String] }) behaviourTypes: string[];
  @ApiProperty({ example: 'decide', description: 'The stage waiting to be done, or closed.' }) stage: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn: IsoDate | null;
  @ApiProperty({ type: 'integer', description: 'Calendar days past the due date; 0 when not overdue.' }) daysOverdue: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Working days (England and Wales) from today to the due date; null when nothing waits or it is overdue.',
  })
  workingDaysLeft: number | null;
  @ApiProperty({
    description:
      "Due within the procedure's dueSoonWorkingDays (default 2; the procedure in force when the application was received) and not overdue.",
  })
  dueSoon: boolean;
  @ApiProperty({ type: [String] }) bodiesNotified: string[];
  @ApiProperty({ type: Boolean, nullable: true }) thresholdMet: boolean | null;
  @ApiProperty() discretionaryReview: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewHeldOn: IsoDate | null;
  @ApiProperty({ type: 'integer' }) recommendations: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) outcomeSentOn: IsoDate | null;
  @ApiProperty({ type: String, nullable: true, enum: ['upheld', 'overturned', null] }) escalationOutcome: string | null;
}

export class ApplicationLogPage {
  @ApiProperty({ type: [LogEntryView] }) items: LogEntryView[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

export interface ListApplicationsInput {
  partnershipId: string;
  stage?: string;
  overdueOnly: boolean;
  today: IsoDate;
  page: number;
  pageSize: number;
}

/** The single point of contact's log: overdue first. */
export class ListApplicationsQuery extends CallerQuery<ListApplicationsInput, ApplicationLogPage> {}
