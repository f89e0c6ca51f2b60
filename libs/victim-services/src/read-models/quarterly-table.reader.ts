import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Depersonaliser, hasRole, publishedRatio, suppressTable, type Caller, type TableCell } from '@app/access';
import { rangeOfFinancialYear } from '@app/periods';
import {
  computeContactsTable,
  computeQuarterlyTable,
  CONTACT_KINDS,
  distanceTravelled,
  isRepeatReport,
  percentage,
  type ContactKind,
  type ExactRow,
  type ExitSurveyAnswers,
  type TableCase,
  type TableContact,
  type TableReport,
} from '../domain/index.js';
import type { QuarterlyTable, TableCellView, TableRowView } from '../application/get-quarterly-table/get-quarterly-table.query.js';
import { VsCase, VsContact, VsServiceAim } from './victim-services.entities.js';
import { DistanceTravelledReader } from './distance-travelled.reader.js';
import { VictimReportsReader } from './victim-reports.reader.js';

type Cells = TableCell[];

/**
 * The quarterly table of one service-year from vs_cases and vs_contacts: the cases open at any time in the
 * year (or whose survey or closure falls in it) and the year's contacts, computed by `computeQuarterlyTable`.
 * Service managers and admins get exact figures; anyone else (analysts, commissioners) the published view:
 * flows suppressed as tables with their Year as margin (self- and partner referrals with new referrals as
 * theirs), so a suppressed quarter cannot be had back by subtraction; snapshots and distinct counts (whose
 * years are not sums) by primary suppression; a ratio is suppressed with its numerator or denominator.
 */
@Injectable()
export class QuarterlyTableReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly depersonaliser: Depersonaliser,
    private readonly reports: VictimReportsReader,
    private readonly distance: DistanceTravelledReader,
  ) {}

  async read(
    caller: Caller,
    service: { serviceId: string; partnershipId: string; name: string },
    financialYear: string,
    rules: { repeatWindowMonths: number },
  ): Promise<QuarterlyTable> {
    const { from, to } = rangeOfFinancialYear(financialYear);
    const caseRows = await this.dataSource
      .createQueryBuilder(VsCase, 'c')
      .where('c.service_id = :serviceId', { serviceId: service.serviceId })
      .andWhere('c.referral_date <= :to', { to })
      .andWhere('(c.closed_on IS NULL OR c.closed_on >= :from)', { from })
      .getMany();
    const contactRows = await this.dataSource
      .createQueryBuilder(VsContact, 'x')
      .where('x.service_id = :serviceId', { serviceId: service.serviceId })
      .andWhere('x.contact_date BETWEEN :from AND :to', { from, to })
      .getMany();
    const aimRows = await this.dataSource.getRepository(VsServiceAim).find({ where: { serviceId: service.serviceId, financialYear } });
    const distances = new Map(
      (await this.distance.scoredCases(service.serviceId, { closedIn: { from, to } })).map((s) => [s.caseId, distanceTravelled(s)]),
    );
    // People as the registry reads them now: two merged records are one person in the distinct rows.
    const canonical = await this.reports.canonicalPeople(service.partnershipId);
    const person = (id: string) => canonical.get(id) ?? id;
    const cases: TableCase[] = caseRows.map((c) => ({
      caseId: c.caseId,
      personId: person(c.personId),
      referralDate: c.referralDate,
      route: c.route,
      firstNeedsAssessedOn: c.firstNeedsAssessedOn,
      firstHighRiskOn: c.firstHighRiskOn,
      closedOn: c.closedOn,
      survey:
        c.surveyStatus === 'completed'
          ? { status: 'completed', answers: c.surveyAnswers as ExitSurveyAnswers }
          : c.surveyStatus === 'declined'
            ? { status: 'declined' }
            : null,
      distance: distances.get(c.caseId) ?? null,
      caseReviewNoticeGivenOn: c.caseReviewNoticeGivenOn,
      caseReviewAppliedOn: c.caseReviewAppliedOn,
    }));
    const contacts: TableContact[] = contactRows.map((x) => ({
      caseId: x.caseId,
      personId: person(x.personId),
      date: x.contactDate,
      kind: x.kind as ContactKind,
    }));
    const reports: TableReport[] = (await this.reports.reportsOfService(service, { period: { from, to } })).map((r) => ({
      personId: r.personId,
      reportedOn: r.reportedOn,
      repeat: isRepeatReport(r, rules.repeatWindowMonths),
    }));
    const exact = computeQuarterlyTable(financialYear, cases, contacts, reports);
    const contactTable = computeContactsTable(financialYear, contacts, CONTACT_KINDS);
    const aims = new Map(aimRows.map((a) => [a.rowName, a.aim]));
    const threshold = this.depersonaliser.smallCountThreshold;
    const published = !hasRole(caller, 'service-manager', 'admin');

    const shown = new Map<string, Cells>();
    for (const row of exact.rows) if (row.kind !== 'ratio') shown.set(row.name, row.counts);
    if (published) {
      const byName = new Map(exact.rows.map((r) => [r.name, r]));
      const flowTable = (values: number[]) => suppressTable([values.slice(0, 4)], threshold).cells[0];
      const referrals = suppressTable(
        [byName.get('self_referrals')!.counts.slice(0, 4), byName.get('partner_referrals')!.counts.slice(0, 4)],
        threshold,
      ).cells;
      for (const row of exact.rows) {
        if (row.kind === 'ratio') continue;
        shown.set(row.name, row.kind === 'flow' ? flowTable(row.counts) : row.counts.map((n) => this.depersonaliser.suppress(n)));
      }
      shown.set('self_referrals', referrals[0]);
      shown.set('partner_referrals', referrals[1]);
      shown.set('new_referrals', referrals[2]);
    }

    const rows = exact.rows.map((row): TableRowView => {
      const aim = aims.get(row.name) ?? null;
      const cells = row.kind === 'ratio' ? this.ratioCells(row, shown, threshold) : shown.get(row.name)!.map(countCell);
      return {
        name: row.name,
        label: row.label,
        section: row.section,
        kind: row.kind,
        definition: row.definition,
        numerator: row.numerator,
        denominator: row.denominator,
        quarters: cells.slice(0, 4),
        year: cells[4],
        aim,
        status: statusOf(cells[4], aim),
      };
    });
    const cell = (name: string, i: number) => shown.get(name)![i];
    return {
      serviceId: service.serviceId,
      serviceName: service.name,
      financialYear,
      view: published ? 'published' : 'exact',
      smallCountThreshold: threshold,
      rows,
      stockFlow: exact.stockFlow.map((check, i) => ({
        quarter: check.quarter,
        openAtStart: cell('open_cases_at_start', i),
        newReferrals: cell('new_referrals', i),
        casesClosed: cell('cases_closed', i),
        openAtEnd: cell('open_cases_at_end', i),
        balances: check.balances,
      })),
      contacts: contactTable.map(({ kind, counts }) => {
        const values: Cells = published ? suppressTable([counts.slice(0, 4)], threshold).cells[0] : counts;
        return { kind, quarters: values.slice(0, 4), year: values[4] };
      }),
    };
  }

  private ratioCells(row: ExactRow, shown: Map<string, Cells>, threshold: number): TableCellView[] {
    const numerators = shown.get(row.numerator!)!;
    const denominators = shown.get(row.denominator!)!;
    return row.counts.map((n, i) => {
      const d = row.denominators![i];
      return {
        value: publishedRatio(numerators[i], denominators[i], percentage(n, d)),
        numerator: numerators[i],
        denominator: denominators[i],
        smallBase: d < threshold,
      };
    });
  }
}

function countCell(value: TableCell): TableCellView {
  return { value, numerator: null, denominator: null, smallBase: false };
}

function statusOf(year: TableCellView, aim: number | null): TableRowView['status'] {
  if (aim === null) return 'no-aim';
  if (year.value === null) return 'no-data';
  if (typeof year.value === 'string') return 'suppressed';
  return year.value >= aim ? 'met' : 'below-aim';
}
