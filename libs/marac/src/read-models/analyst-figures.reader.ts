import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Depersonaliser, partnershipsOf, suppressTable, type Caller, type SuppressedTable, type TableCell } from '@app/access';
import { InvalidCommandError } from '@app/domain';
import { quarterOf, rangeOfFinancialYear, type FinancialQuarterNumber, type Period } from '@app/periods';
import { ReportCase } from './report-case.entity.js';
import { ReportHearing } from './report-hearing.entity.js';

/** The counts of people published in the MARAC reports (repeat rate, SafeLives), each its own table. */
export const PUBLISHED_MEASURES = ['cases', 'repeats', 'partner', 'bame', 'lgbt', 'disabled', 'male', 'aged16To17', 'children'] as const;
export type PublishedMeasure = (typeof PUBLISHED_MEASURES)[number];

/** Adds each published measure of the hearings `h` (with their cases `c`) to a query, named as PUBLISHED_MEASURES. */
export function selectPublishedMeasures<Q extends SelectQueryBuilder<ObjectLiteral>>(query: Q): Q {
  return query
    .addSelect('count(*)::int', 'cases')
    .addSelect('count(*) FILTER (WHERE h.as_repeat)::int', 'repeats')
    .addSelect("count(*) FILTER (WHERE c.referring_agency <> 'police')::int", 'partner')
    .addSelect("count(*) FILTER (WHERE c.ethnicity = 'black-asian-racially-minoritised')::int", 'bame')
    .addSelect('count(*) FILTER (WHERE c.lgbt_plus)::int', 'lgbt')
    .addSelect('count(*) FILTER (WHERE c.disabled)::int', 'disabled')
    .addSelect("count(*) FILTER (WHERE c.sex = 'male')::int", 'male')
    .addSelect('count(*) FILTER (WHERE c.aged_16_17)::int', 'aged16To17')
    .addSelect('COALESCE(sum(c.children_in_household), 0)::int', 'children');
}

/** A financial year, or one of its quarters: the only periods analysts' figures are given for. */
export interface WholePeriod {
  financialYear: string;
  quarter: FinancialQuarterNumber | null;
}

/** A published count: as shown to the analyst, and its exact value (for the rates computed beside it). */
export interface PublishedFigure {
  shown: TableCell;
  value: number;
}

const YEAR_COLUMN = 4;

/**
 * Analysts' figures for one financial year: for each measure, the table of the caller's MARACs (rows,
 * plus the total of them all) by quarter (columns, plus the year), suppressed as one table (`suppressTable`:
 * primary and secondary). Every analyst view of the year (a MARAC's quarter or year, its quarterly rates,
 * SafeLives, the rates across MARACs) reads its cells from here, so none can give back what another
 * suppressed: the quarters add up to the year and the MARACs to the total only where that reveals nothing.
 */
export class AnalystFigures {
  private readonly rows: Map<string, number>;

  constructor(
    readonly maracs: readonly { maracId: string; partnershipId: string }[],
    private readonly tables: Record<PublishedMeasure, SuppressedTable>,
  ) {
    this.rows = new Map(maracs.map((marac, row) => [marac.maracId, row]));
  }

  /** A measure of one MARAC (or, with `null`, of all the caller's MARACs together: no MARAC id can collide with it) in the period. */
  figure(measure: PublishedMeasure, maracId: string | null, quarter: FinancialQuarterNumber | null): PublishedFigure {
    const row = maracId === null ? this.maracs.length : this.rows.get(maracId);
    if (row === undefined) return { shown: 0, value: 0 };
    const column = quarter === null ? YEAR_COLUMN : quarter - 1;
    return { shown: this.tables[measure].cells[row][column], value: this.tables[measure].values[row][column] };
  }
}

/** The whole period an analyst asked for; a range of dates is refused (400), as two overlapping ranges could be subtracted. */
export function wholePeriodOf(period: Period): WholePeriod {
  if (period.form === 'dates')
    throw new InvalidCommandError("Analysts' figures are for a financial year or a quarter, not a range of dates.");
  return { financialYear: period.financialYear, quarter: period.form === 'quarter' ? period.quarter : null };
}

/** Reads a financial year of hearings of the caller's MARACs once, as the tables analysts' views are cut from. */
@Injectable()
export class AnalystFiguresReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly depersonaliser: Depersonaliser,
  ) {}

  async financialYear(caller: Caller, financialYear: string): Promise<AnalystFigures> {
    const range = rangeOfFinancialYear(financialYear);
    const query = this.dataSource
      .createQueryBuilder()
      .from(ReportHearing, 'h')
      .leftJoin(ReportCase, 'c', 'c.case_id = h.case_id')
      .select('h.marac_id', 'marac_id')
      .addSelect('h.partnership_id', 'partnership_id')
      .addSelect("to_char(date_trunc('month', h.heard_on), 'YYYY-MM-DD')", 'month');
    const counts = await selectPublishedMeasures(query)
      .where('h.partnership_id = ANY(:partnerships)', { partnerships: partnershipsOf(caller) })
      .andWhere('h.heard_on BETWEEN :from AND :to', range)
      .groupBy('h.marac_id')
      .addGroupBy('h.partnership_id')
      .addGroupBy('month')
      .orderBy('h.marac_id')
      .getRawMany<{ marac_id: string; partnership_id: string; month: string } & Record<PublishedMeasure, number>>();
    const maracs = [...new Map(counts.map((row) => [row.marac_id, { maracId: row.marac_id, partnershipId: row.partnership_id }])).values()];
    const rowOf = new Map(maracs.map((marac, row) => [marac.maracId, row]));
    const tables = Object.fromEntries(
      PUBLISHED_MEASURES.map((measure) => {
        // A year with no hearings at all is still a table (one empty row), so every view reads the same way.
        const interior = (maracs.length === 0 ? [null] : maracs).map(() => [0, 0, 0, 0]);
        for (const row of counts) interior[rowOf.get(row.marac_id)!][quarterOf(row.month).quarter - 1] += row[measure];
        return [measure, suppressTable(interior, this.depersonaliser.smallCountThreshold)];
      }),
    ) as Record<PublishedMeasure, SuppressedTable>;
    return new AnalystFigures(maracs, tables);
  }
}
