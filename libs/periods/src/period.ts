import {
  financialYearStart,
  parseFinancialQuarterLabel,
  rangeOfFinancialYear,
  rangeOfQuarter,
  type FinancialQuarterNumber,
} from './financial-year.js';
import { isAfter, isIsoDate, type DateRange } from './iso-date.js';

/**
 * How every report names its period in a query, in exactly one of three forms:
 * `from` + `to` (both inclusive), `financialYear=2016-17`, or `quarter=2016-17-Q1`.
 */
export interface PeriodNaming {
  from?: string;
  to?: string;
  financialYear?: string;
  quarter?: string;
}

export type PeriodForm = 'dates' | 'financialYear' | 'quarter';

export const PERIOD_FORMS: readonly PeriodForm[] = ['dates', 'financialYear', 'quarter'];

/** Whole periods only (no range of dates): what a report with suppressed figures accepts, so two overlapping ranges cannot be subtracted. */
export const WHOLE_PERIOD_FORMS: readonly PeriodForm[] = ['financialYear', 'quarter'];

/** A resolved period: its days and a label for titles and file names ('2016-17', '2016-17-Q1', '2016-04-01 to 2016-06-30'). */
export type Period =
  | (DateRange & { form: 'dates'; label: string })
  | (DateRange & { form: 'financialYear'; label: string; financialYear: string })
  | (DateRange & { form: 'quarter'; label: string; financialYear: string; quarter: FinancialQuarterNumber });

/** The periods a report that accepts only the forms F can be given. */
export type PeriodIn<F extends PeriodForm> = Extract<Period, { form: F }>;

/** A period named wrongly; `field` is the query parameter to blame. The message quotes no value. */
export class InvalidPeriodError extends Error {
  constructor(
    readonly field: keyof PeriodNaming,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidPeriodError';
  }
}

const FORM_NAMES: Record<PeriodForm, string> = { dates: 'from and to', financialYear: 'financialYear', quarter: 'quarter' };

/** The query parameter to blame for a form: `from` for the dates. */
function fieldOf(form: PeriodForm): keyof PeriodNaming {
  return form === 'dates' ? 'from' : form;
}

function formsText(forms: readonly PeriodForm[]): string {
  const names = forms.map((form) => FORM_NAMES[form]);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * Resolves a period named in one of the `accepted` forms (all three unless a report says otherwise, e.g.
 * SafeLives returns are per financial year or quarter). Throws InvalidPeriodError naming the field when
 * no form, two forms, half of from/to, an unreal date or label, or `to` before `from` is given.
 */
export function resolvePeriod<F extends PeriodForm = PeriodForm>(
  naming: PeriodNaming,
  accepted: readonly F[] = PERIOD_FORMS as readonly F[],
): PeriodIn<F> {
  const given = PERIOD_FORMS.filter((form) =>
    form === 'dates' ? naming.from !== undefined || naming.to !== undefined : naming[form] !== undefined,
  );
  if (given.length === 0) {
    throw new InvalidPeriodError(fieldOf(accepted[0]), `give the period as ${formsText(accepted)}`);
  }
  if (given.length > 1) {
    const field = given.includes('quarter') ? 'quarter' : 'financialYear';
    throw new InvalidPeriodError(field, `give the period one way only: ${formsText(accepted)}`);
  }
  const [form] = given;
  if (!(accepted as readonly PeriodForm[]).includes(form)) {
    throw new InvalidPeriodError(fieldOf(form), `this report's period is given as ${formsText(accepted)}`);
  }
  return resolveForm(form, naming) as PeriodIn<F>;
}

function resolveForm(form: PeriodForm, naming: PeriodNaming): Period {
  switch (form) {
    case 'dates':
      return resolveDates(naming.from, naming.to);
    case 'financialYear':
      return resolveFinancialYear(naming.financialYear!);
    case 'quarter':
      return resolveQuarter(naming.quarter!);
  }
}

function resolveDates(from: string | undefined, to: string | undefined): Period {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value === undefined) throw new InvalidPeriodError(field, `${field} is missing: give both from and to`);
    if (!isIsoDate(value)) throw new InvalidPeriodError(field, `${field} must be a real date written YYYY-MM-DD`);
  }
  if (isAfter(from!, to!)) throw new InvalidPeriodError('to', 'to must not be before from');
  return { form: 'dates', from: from!, to: to!, label: `${from} to ${to}` };
}

function resolveFinancialYear(financialYear: string): Period {
  try {
    financialYearStart(financialYear);
  } catch {
    throw new InvalidPeriodError('financialYear', 'financialYear must be a financial year like 2016-17 (two consecutive years)');
  }
  return { form: 'financialYear', financialYear, label: financialYear, ...rangeOfFinancialYear(financialYear) };
}

function resolveQuarter(label: string): Period {
  let quarter: ReturnType<typeof parseFinancialQuarterLabel>;
  try {
    quarter = parseFinancialQuarterLabel(label);
  } catch {
    throw new InvalidPeriodError('quarter', 'quarter must be a financial quarter like 2016-17-Q1 (Q1 April-June ... Q4 January-March)');
  }
  return {
    form: 'quarter',
    financialYear: quarter.financialYear,
    quarter: quarter.quarter,
    label,
    ...rangeOfQuarter(quarter.startYear, quarter.quarter),
  };
}
