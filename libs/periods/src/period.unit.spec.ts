import { InvalidPeriodError, resolvePeriod, type PeriodNaming } from './period.js';

function refusal(naming: PeriodNaming, accepted?: Parameters<typeof resolvePeriod>[1]): InvalidPeriodError {
  try {
    resolvePeriod(naming, accepted);
  } catch (error) {
    if (error instanceof InvalidPeriodError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(naming)}`);
}

describe('naming a period', () => {
  it('resolves from and to, both inclusive', () => {
    expect(resolvePeriod({ from: '2016-04-01', to: '2016-06-30' })).toEqual({
      form: 'dates',
      from: '2016-04-01',
      to: '2016-06-30',
      label: '2016-04-01 to 2016-06-30',
    });
    expect(resolvePeriod({ from: '2016-04-01', to: '2016-04-01' })).toMatchObject({ from: '2016-04-01', to: '2016-04-01' });
  });

  it('resolves a financial year to 1 April - 31 March', () => {
    expect(resolvePeriod({ financialYear: '2016-17' })).toEqual({
      form: 'financialYear',
      financialYear: '2016-17',
      from: '2016-04-01',
      to: '2017-03-31',
      label: '2016-17',
    });
  });

  it.each([
    ['2016-17-Q1', '2016-04-01', '2016-06-30'],
    ['2016-17-Q2', '2016-07-01', '2016-09-30'],
    ['2016-17-Q3', '2016-10-01', '2016-12-31'],
    ['2016-17-Q4', '2017-01-01', '2017-03-31'],
  ])('resolves the quarter %s to %s - %s', (quarter, from, to) => {
    expect(resolvePeriod({ quarter })).toEqual({
      form: 'quarter',
      financialYear: '2016-17',
      quarter: Number(quarter.slice(-1)),
      from,
      to,
      label: quarter,
    });
  });

  it.each<[string, PeriodNaming, keyof PeriodNaming]>([
    ['nothing', {}, 'from'],
    ['only from', { from: '2019-04-01' }, 'to'],
    ['only to', { to: '2019-04-01' }, 'from'],
    ['to before from', { from: '2019-05-01', to: '2019-04-30' }, 'to'],
    ['an unreal date', { from: '2019-02-30', to: '2019-04-30' }, 'from'],
    ['a quarter and dates', { quarter: '2019-17-Q1', from: '2019-04-01', to: '2019-04-30' }, 'quarter'],
    ['a quarter and a year', { quarter: '2019-17-Q1', financialYear: '2019-17' }, 'quarter'],
    ['a year and dates', { financialYear: '2019-17', from: '2019-04-01', to: '2019-04-30' }, 'financialYear'],
    ['a year whose years do not follow on', { financialYear: '2019-18' }, 'financialYear'],
    ['a bare year', { financialYear: '2019' }, 'financialYear'],
    ['a quarter 5', { quarter: '2019-17-Q5' }, 'quarter'],
    ['a quarter of a year that does not exist', { quarter: '2019-18-Q1' }, 'quarter'],
  ])('refuses %s, naming the field', (_name, naming, field) => {
    const error = refusal(naming);
    expect(error.field).toBe(field);
    expect(error.message).not.toMatch(/2019|2020/);
  });

  it('takes only the forms a report accepts, and says which', () => {
    expect(resolvePeriod({ quarter: '2016-17-Q2' }, ['financialYear', 'quarter'])).toMatchObject({ financialYear: '2016-17', quarter: 2 });
    const dates = refusal({ from: '2016-04-01', to: '2016-06-30' }, ['financialYear', 'quarter']);
    expect(dates).toMatchObject({ field: 'from', message: "this report's period is given as financialYear or quarter" });
    expect(refusal({}, ['financialYear'])).toMatchObject({ field: 'financialYear', message: 'give the period as financialYear' });
    expect(refusal({})).toMatchObject({ message: 'give the period as from and to, financialYear or quarter' });
  });
});
