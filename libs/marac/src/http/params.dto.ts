import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';

/** Path parameters, validated like bodies (400 naming the parameter): one class per route shape. */

export class CaseParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId: string;
}

export class CaseActionParams extends CaseParams {
  @ApiProperty({ example: 'action-1' })
  @IsString()
  @Length(1, 100)
  actionId: string;
}

export class CaseHearingParams extends CaseParams {
  @ApiProperty({ format: 'uuid', description: 'The meeting the case was heard at.' })
  @IsUUID()
  meetingId: string;
}

export class CaseIncidentParams extends CaseParams {
  @ApiProperty({ example: 'incident-1' })
  @IsString()
  @Length(1, 100)
  incidentId: string;
}

export class MeetingParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  meetingId: string;
}

export class VictimParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;
}

export class MaracParams {
  @ApiProperty({ example: 'demo-marac-north' })
  @IsString()
  @Length(1, 100)
  maracId: string;
}

export class PartnershipParams {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;
}
