import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '@app/http';

export class AuditQueryDto extends PageQuery({ defaultPageSize: 50, maxPageSize: 200 }) {
  @ApiPropertyOptional({ description: 'A data subject (person) id' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  person?: string;

  @ApiPropertyOptional({ description: 'A user id (token subject)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  user?: string;

  @ApiPropertyOptional({ description: 'From this instant (inclusive), ISO 8601' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this instant (exclusive), ISO 8601' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}
