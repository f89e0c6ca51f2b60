import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

/** Past this a page is a mistake (or a probe), not a reader paging through results. */
const MAX_PAGE = 100_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript only accepts a mixin base whose constructor takes ...any[]
type Constructor<T = object> = new (...args: any[]) => T;

/**
 * The `page` / `pageSize` query parameters of every paged list, with the list's own default and
 * maximum page size, validated (400 naming the parameter) and defaulted. Extend it, optionally on top
 * of another query DTO: `class CaseListQueryDto extends PageQuery({ defaultPageSize: 25, maxPageSize: 200 }, AsOfQuery) {}`.
 */
export function PageQuery<Base extends Constructor = Constructor>({ defaultPageSize, maxPageSize }: PageLimits, base?: Base) {
  class PageQueryDto extends ((base ?? class {}) as Constructor) {
    @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: MAX_PAGE })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE)
    page: number = 1;

    @ApiPropertyOptional({ type: 'integer', default: defaultPageSize, minimum: 1, maximum: maxPageSize })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxPageSize)
    pageSize: number = defaultPageSize;
  }
  return PageQueryDto as unknown as Constructor<InstanceType<Base> & { page: number; pageSize: number }> & Base;
}
