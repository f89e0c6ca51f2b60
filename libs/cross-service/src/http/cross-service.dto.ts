import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsFinancialYear } from '@app/periods';

/** Analysts get whole financial years only, as for the other published tables. */
export class CrossServiceQueryDto {
  @ApiProperty({ example: 'demo-csp' })
  @IsString()
  @Length(1, 100)
  partnershipId: string;

  @ApiProperty({ example: '2026-27' })
  @IsFinancialYear()
  financialYear: string;
}
