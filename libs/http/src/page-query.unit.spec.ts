import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, validateSync } from 'class-validator';
import { PageQuery } from './page-query.js';

class Filter {
  @IsOptional()
  @IsString()
  status?: string;
}

class ListQuery extends PageQuery({ defaultPageSize: 25, maxPageSize: 200 }, Filter) {}

/** What the global ValidationPipe does with a query string: transform to the class, then validate. */
function parse(query: Record<string, string>) {
  const value = plainToInstance(ListQuery, query);
  const failed = validateSync(value, { whitelist: true, forbidNonWhitelisted: true }).map((error) => error.property);
  return { value, failed };
}

describe('PageQuery', () => {
  it("defaults to the first page of the list's own size", () => {
    expect(parse({}).value).toMatchObject({ page: 1, pageSize: 25 });
    expect(parse({ page: '3', pageSize: '200', status: 'open' })).toEqual({
      value: expect.objectContaining({ page: 3, pageSize: 200, status: 'open' }),
      failed: [],
    });
  });

  it("refuses a page size above the list's maximum, and pages that are not whole numbers from 1", () => {
    expect(parse({ pageSize: '201' }).failed).toEqual(['pageSize']);
    expect(parse({ page: '0' }).failed).toEqual(['page']);
    expect(parse({ page: '1.5', pageSize: 'ten' }).failed).toEqual(['page', 'pageSize']);
  });

  it('keeps the validation of the query it extends', () => {
    expect(parse({ status: ['a', 'b'] as unknown as string }).failed).toEqual(['status']);
  });
});
