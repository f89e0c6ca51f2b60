import { ASB_EXAMPLE_CASES, ASB_EXAMPLE_TABLE, ASB_EXAMPLE_YEAR } from '@app/testing';
import type { ExitSurveyAnswers } from './victim-services-codes.js';
import { computeContactsTable, computeQuarterlyTable, percentage, type TableCase, type TableContact } from './quarterly-table.js';

const YES: ExitSurveyAnswers = {
  needsMet: 'yes',
  improvedWellbeing: 'yes',
  satisfiedWithService: 'yes',
  satisfiedWithPoliceOrCouncil: 'yes',
  reducedRisk: 'yes',
};

function tableCase(overrides: Partial<TableCase> & Pick<TableCase, 'caseId' | 'referralDate'>): TableCase {
  return {
    personId: overrides.caseId,
    route: 'partner',
    firstNeedsAssessedOn: null,
    firstHighRiskOn: null,
    closedOn: null,
    survey: null,
    ...overrides,
  };
}
const row = (table: ReturnType<typeof computeQuarterlyTable>, name: string) => table.rows.find((r) => r.name === name)!;

describe('the quarterly table', () => {
  it('reproduces the worked example of domain.md from its casework', () => {
    const cases = ASB_EXAMPLE_CASES.map((c) =>
      tableCase({
        caseId: c.key,
        referralDate: c.referralDate,
        route: c.referringPartner === null ? 'self' : 'partner',
        firstNeedsAssessedOn: c.assessedOn,
        firstHighRiskOn: c.highRisk ? c.assessedOn : null,
        closedOn: c.closedOn,
        survey: c.closedOn ? { status: 'completed', answers: YES } : null,
      }),
    );
    const contacts: TableContact[] = ASB_EXAMPLE_CASES.flatMap((c) =>
      c.supportedOn ? [{ caseId: c.key, personId: c.key, date: c.supportedOn, kind: 'home-visit' as const }] : [],
    );
    const table = computeQuarterlyTable(ASB_EXAMPLE_YEAR, cases, contacts);
    for (const [name, values] of Object.entries(ASB_EXAMPLE_TABLE)) expect([name, row(table, name).counts]).toEqual([name, values]);
    expect(row(table, 'open_cases_at_end').counts).toEqual([4, 20, 25, 31, 31]);
    expect(table.stockFlow.every((check) => check.balances)).toBe(true);
    expect(row(table, 'pct_needs_met')).toMatchObject({ kind: 'ratio', counts: [3, 1, 5, 2, 11], denominators: [3, 1, 5, 2, 11] });
  });

  it('counts a client supported in two quarters once in the year (distinct), and takes a snapshot year from Q4', () => {
    const cases = [
      tableCase({ caseId: 'a', referralDate: '2016-04-10' }),
      tableCase({ caseId: 'b', referralDate: '2016-05-01', closedOn: '2016-12-01' }),
    ];
    const contacts: TableContact[] = [
      { caseId: 'a', personId: 'a', date: '2016-05-01', kind: 'home-visit' },
      { caseId: 'a', personId: 'a', date: '2016-08-01', kind: 'call-contact-achieved' },
      { caseId: 'b', personId: 'b', date: '2016-08-02', kind: 'call-attempted' },
    ];
    const table = computeQuarterlyTable('2016-17', cases, contacts);
    expect(row(table, 'victims_supported').counts).toEqual([1, 1, 0, 0, 1]);
    expect(row(table, 'clients_worked_with').counts).toEqual([2, 2, 2, 1, 2]);
    expect(row(table, 'open_cases_at_end').counts).toEqual([2, 2, 1, 1, 1]);
    expect(row(table, 'open_cases_at_start').counts).toEqual([0, 2, 2, 1, 0]);
    expect(table.stockFlow.map((c) => c.balances)).toEqual([true, true, true, true]);
  });

  it("computes a ratio from the period's own counts: null over 0, never above 100%, the year from the year's counts", () => {
    const survey = (answers: Partial<ExitSurveyAnswers>) => ({ status: 'completed' as const, answers: { ...YES, ...answers } });
    const cases = [
      tableCase({ caseId: 'a', referralDate: '2016-04-01', closedOn: '2016-04-20', survey: survey({}) }),
      tableCase({ caseId: 'b', referralDate: '2016-04-01', closedOn: '2016-07-20', survey: survey({ needsMet: 'no' }) }),
      tableCase({ caseId: 'c', referralDate: '2016-04-01', closedOn: '2016-07-21', survey: survey({ needsMet: 'dont-know' }) }),
      tableCase({ caseId: 'd', referralDate: '2016-04-01', closedOn: '2016-07-22', survey: { status: 'declined' } }),
    ];
    const table = computeQuarterlyTable('2016-17', cases, []);
    const needsMet = row(table, 'pct_needs_met');
    expect(needsMet.counts).toEqual([1, 0, 0, 0, 1]);
    expect(needsMet.denominators).toEqual([1, 2, 0, 0, 3]);
    expect(needsMet.counts.map((n, i) => percentage(n, needsMet.denominators![i]))).toEqual([100, 0, null, null, 33.3]);
    expect(row(table, 'cases_closed').counts).toEqual([1, 3, 0, 0, 4]);
    expect(row(table, 'exit_surveys_offered').counts).toEqual([1, 3, 0, 0, 4]);
    expect(row(table, 'exit_surveys_completed').counts).toEqual([1, 2, 0, 0, 3]);
    expect(row(table, 'pct_high_risk_reduced_risk').denominators).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts victims reporting and repeat victims once per period, and the repeat-victimisation rate from those counts', () => {
    const reports = [
      { personId: 'a', reportedOn: '2016-04-10', repeat: false },
      { personId: 'a', reportedOn: '2016-05-10', repeat: true },
      { personId: 'a', reportedOn: '2016-08-10', repeat: true },
      { personId: 'b', reportedOn: '2016-04-12', repeat: false },
      { personId: 'c', reportedOn: '2016-08-01', repeat: true },
    ];
    const table = computeQuarterlyTable('2016-17', [], [], reports);
    expect(row(table, 'victims_reporting')).toMatchObject({ kind: 'distinct', counts: [2, 2, 0, 0, 3] });
    expect(row(table, 'repeat_victims')).toMatchObject({ kind: 'distinct', counts: [1, 2, 0, 0, 2] });
    const rate = row(table, 'pct_repeat_victims');
    expect(rate).toMatchObject({ kind: 'ratio', numerator: 'repeat_victims', denominator: 'victims_reporting' });
    expect(rate.counts.map((n, i) => percentage(n, rate.denominators![i]))).toEqual([50, 100, null, null, 66.7]);
  });

  it('counts the closed cases with distance travelled measured and those improved, and the % improved from those counts', () => {
    const cases = [
      tableCase({ caseId: 'a', referralDate: '2016-04-01', closedOn: '2016-05-01', distance: { safety: 3, housing: -1 } }),
      tableCase({ caseId: 'b', referralDate: '2016-04-01', closedOn: '2016-05-02', distance: { safety: -2 } }),
      tableCase({ caseId: 'c', referralDate: '2016-04-01', closedOn: '2016-08-02', distance: null }),
      tableCase({ caseId: 'd', referralDate: '2016-04-01', distance: { safety: 4 } }),
    ];
    const table = computeQuarterlyTable('2016-17', cases, []);
    expect(row(table, 'cases_closed_with_distance').counts).toEqual([2, 0, 0, 0, 2]);
    expect(row(table, 'cases_improved').counts).toEqual([1, 0, 0, 0, 1]);
    expect(row(table, 'pct_cases_improved')).toMatchObject({ counts: [1, 0, 0, 0, 1], denominators: [2, 0, 0, 0, 2] });
  });

  it('tables contacts per quarter by kind, the year their sum', () => {
    const contacts: TableContact[] = [
      { caseId: 'a', personId: 'a', date: '2016-05-01', kind: 'call-attempted' },
      { caseId: 'a', personId: 'a', date: '2017-01-01', kind: 'call-attempted' },
      { caseId: 'a', personId: 'a', date: '2017-01-02', kind: 'joint-visit' },
    ];
    expect(computeContactsTable('2016-17', contacts, ['call-attempted', 'joint-visit'])).toEqual([
      { kind: 'call-attempted', counts: [1, 0, 0, 1, 2] },
      { kind: 'joint-visit', counts: [0, 0, 0, 1, 1] },
    ]);
  });
});
