import { formatIsoDate, daysInMonth, parseIsoDate, type DateRange, type IsoDate } from './iso-date.js';

/**
 * UK financial-year quarters: the year runs 1 April to 31 March and is labelled by both calendar years
 * ('2025-26' runs from 2025-04-01 to 2026-03-31). Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar.
 */
export type FinancialQuarterNumber = 1 | 2 | 3 | 4;

export interface FinancialQuarter {
  /** The label partnerships use: '2025-26'. */
  financialYear: string;
  /** The calendar year the financial year starts in (2025 for '2025-26'). */
  startYear: number;
  quarter: FinancialQuarterNumber;
  /** First day of the quarter, inclusive. */
  from: IsoDate;
  /** Last day of the quarter, inclusive. */
  to: IsoDate;
}

const FINANCIAL_YEAR_LABEL = /^(\d{4})-(\d{2})$/;
const FINANCIAL_QUARTER_LABEL = /^(\d{4}-\d{2})-Q([1-4])$/;

/** '2025-26' for 2025; '2099-00' for 2099. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Accepts a start year (2025) or a label ('2025-26'); refuses a label whose two years do not follow on. */
export function financialYearStart(financialYear: number | string): number {
  if (typeof financialYear === 'number') {
    if (!Number.isInteger(financialYear)) throw new RangeError(`not a financial year: ${financialYear}`);
    return financialYear;
  }
  const match = FINANCIAL_YEAR_LABEL.exec(financialYear);
  const startYear = match ? Number(match[1]) : NaN;
  if (!match || financialYearLabel(startYear) !== financialYear) {
    throw new RangeError(`not a financial year label like '2025-26': ${JSON.stringify(financialYear)}`);
  }
  return startYear;
}

/** '2025-26-Q1': the financial year's label and the quarter. */
export function financialQuarterLabel(financialYear: number | string, quarter: FinancialQuarterNumber): string {
  return `${financialYearLabel(financialYearStart(financialYear))}-Q${quarter}`;
}

/** Reads a label like '2025-26-Q1'; refuses one whose two years do not follow on or whose quarter is not 1-4. */
export function parseFinancialQuarterLabel(label: string): { financialYear: string; startYear: number; quarter: FinancialQuarterNumber } {
  const match = FINANCIAL_QUARTER_LABEL.exec(label);
  if (!match) throw new RangeError(`not a financial quarter label like '2025-26-Q1': ${JSON.stringify(label)}`);
  const startYear = financialYearStart(match[1]);
  return { financialYear: match[1], startYear, quarter: Number(match[2]) as FinancialQuarterNumber };
}

export function quarterOf(date: IsoDate): FinancialQuarter {
  const { year, month } = parseIsoDate(date);
  const startYear = month >= 4 ? year : year - 1;
  const quarter = (month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4) as FinancialQuarterNumber;
  return { financialYear: financialYearLabel(startYear), startYear, quarter, ...rangeOfQuarter(startYear, quarter) };
}

/** The first and last day (inclusive) of a quarter of a financial year. */
export function rangeOfQuarter(financialYear: number | string, quarter: FinancialQuarterNumber): DateRange {
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`a quarter is 1, 2, 3 or 4: ${quarter}`);
  const startYear = financialYearStart(financialYear);
  const firstMonthIndex = 3 + (quarter - 1) * 3; // months counted from January of the start year, 0-based
  const year = startYear + Math.floor(firstMonthIndex / 12);
  const firstMonth = (firstMonthIndex % 12) + 1;
  const lastMonth = firstMonth + 2;
  return {
    from: formatIsoDate({ year, month: firstMonth, day: 1 }),
    to: formatIsoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

/** 1 April to 31 March. */
export function rangeOfFinancialYear(financialYear: number | string): DateRange {
  return { from: rangeOfQuarter(financialYear, 1).from, to: rangeOfQuarter(financialYear, 4).to };
}

/** The four quarters of a financial year, Q1 first: the columns of a quarterly table. */
export function quartersOfFinancialYear(financialYear: number | string): FinancialQuarter[] {
  const startYear = financialYearStart(financialYear);
  return ([1, 2, 3, 4] as const).map((quarter) => ({
    financialYear: financialYearLabel(startYear),
    startYear,
    quarter,
    ...rangeOfQuarter(startYear, quarter),
  }));
}
