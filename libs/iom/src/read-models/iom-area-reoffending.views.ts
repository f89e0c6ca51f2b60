import { ApiProperty } from '@nestjs/swagger';
import type { TableCell } from '@app/access';
import { Count } from './iom-measures.views.js';

export class AreaMonthView {
  @ApiProperty({ example: '2024-03' })
  month: string;
  @Count('People on any of the area’s cohorts at the month end (a snapshot).')
  membersAtMonthEnd: TableCell;
  @Count('People with an offence in the month while on one of the area’s cohorts: the monthly count of reoffending individuals.')
  membersWhoOffended: TableCell;
  @Count()
  offences: TableCell;
}

export class AreaReoffendingView {
  @ApiProperty({ example: 'North' })
  area: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The cohorts of the area whose members are counted.' })
  cohortIds: string[];
  @ApiProperty({ enum: ['iom.area_monthly'] })
  measure: 'iom.area_monthly';
  @ApiProperty({ type: [AreaMonthView] })
  months: AreaMonthView[];
  @Count('People on a cohort of the area at some time in the period (each once).')
  members: TableCell;
  @Count('People with at least one offence in the period while on a cohort of the area (each once).')
  membersWhoOffended: TableCell;
  @Count('Offences in the period while on a cohort of the area (the months’ total).')
  offences: TableCell;
}

/** The monthly count of reoffending individuals, per area of a partnership (each area's cohorts together). */
export class AreaReoffendingReport {
  @ApiProperty({ example: 'demo-csp' })
  partnershipId: string;
  @ApiProperty({ example: '2024-25' })
  period: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ description: 'True for analysts: small counts suppressed.' })
  depersonalised: boolean;
  @ApiProperty({ type: [AreaReoffendingView] })
  areas: AreaReoffendingView[];
}
