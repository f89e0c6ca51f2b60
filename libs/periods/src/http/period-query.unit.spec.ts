import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RequestProblem } from '@app/http';
import { PeriodQuery, resolvePeriodQuery } from './period-query.dto.js';

function fieldsRefused(query: Record<string, string>): string[] {
  return validateSync(plainToInstance(PeriodQuery, query), { forbidNonWhitelisted: true, whitelist: true }).map((error) => error.property);
}

describe('PeriodQuery', () => {
  it('accepts each of the three forms as written in a query string', () => {
    expect(fieldsRefused({ from: '2016-04-01', to: '2016-06-30' })).toEqual([]);
    expect(fieldsRefused({ financialYear: '2016-17' })).toEqual([]);
    expect(fieldsRefused({ quarter: '2016-17-Q1' })).toEqual([]);
  });

  it('names each field written wrongly', () => {
    expect(fieldsRefused({ from: '2016-13-01', to: '2016-06-31' })).toEqual(['from', 'to']);
    expect(fieldsRefused({ financialYear: '2016-18' })).toEqual(['financialYear']);
    expect(fieldsRefused({ financialYear: '2016' })).toEqual(['financialYear']);
    expect(fieldsRefused({ quarter: '2016-17-Q5' })).toEqual(['quarter']);
    expect(fieldsRefused({ quarter: '1' })).toEqual(['quarter']);
  });

  it('resolves to the days and a label', () => {
    expect(resolvePeriodQuery(plainToInstance(PeriodQuery, { quarter: '2016-17-Q4' }))).toMatchObject({
      from: '2017-01-01',
      to: '2017-03-31',
      label: '2016-17-Q4',
    });
  });

  it('answers two forms at once with a 400 problem naming the field', () => {
    let problem: unknown;
    try {
      resolvePeriodQuery(plainToInstance(PeriodQuery, { financialYear: '2016-17', quarter: '2016-17-Q1' }));
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(RequestProblem);
    expect(problem).toMatchObject({
      status: 400,
      errors: [{ field: 'quarter', messages: ['give the period one way only: from and to, financialYear or quarter'] }],
    });
  });
});
