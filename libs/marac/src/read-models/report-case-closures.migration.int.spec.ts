import { openTestPlatform, type TestPlatform } from '@app/testing';
import { maracEntities, maracMigrations } from '../marac.context.js';
import { MaracReportCaseClosures1765300000010 } from './report-case-closures.migration.js';

/** On upgrade, the cases closed now get their closure from the case list, so engagement is right before any rebuild. */
describe('the marac_report_case_closures migration', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform({
      entities: maracEntities,
      migrations: maracMigrations.filter((migration) => migration !== MaracReportCaseClosures1765300000010),
    });
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('records the current closure of every closed case, and none of open or voided ones', async () => {
    for (const [caseId, status, closedOn] of [
      ['closed', 'closed', '2025-04-12'],
      ['open', 'open', null],
      ['voided', 'voided', null],
    ])
      await platform.dataSource.query(
        `INSERT INTO marac_case_list (case_id, marac_id, partnership_id, victim_person_id, referral_date, referring_agency, criterion,
           status, is_repeat, closed_on, last_revision)
         VALUES ($1, 'm', 'p', 'v', '2025-04-01', 'police', 'professional-judgement', $2, false, $3, 7)`,
        [caseId, status, closedOn],
      );
    const runner = platform.dataSource.createQueryRunner();
    try {
      await new MaracReportCaseClosures1765300000010().up(runner);
    } finally {
      await runner.release();
    }
    expect(
      await platform.dataSource.query('SELECT case_id, closed_revision, closed_on::text, reopened_on FROM marac_report_case_closures'),
    ).toEqual([{ case_id: 'closed', closed_revision: 7, closed_on: '2025-04-12', reopened_on: null }]);
  });
});
