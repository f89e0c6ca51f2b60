import { InvalidCommandError } from '@app/domain';
import { readMaracHistoryCsv } from './marac-history-csv.js';

const TODAY = '2026-06-30';
const HEADER =
  'Referral date,MARAC,Referring agency,Criterion,Victim name,Victim DOB,Sex,Ethnicity,Victim age,Disabled,LGBT plus,Children,Perpetrator name,Relationship,Hearing dates,DASH answers';
const row = (overrides: Partial<Record<string, string>> = {}) => {
  const values = {
    date: '10/04/2024',
    marac: 'marac-north',
    agency: 'Police',
    criterion: 'Professional judgement',
    victim: 'Jane Example',
    dob: '1990-01-02',
    sex: 'Female',
    ethnicity: 'Not racially minoritised',
    age: '34',
    disabled: 'no',
    lgbt: '',
    children: '2',
    perpetrator: 'John Example',
    relationship: 'Ex partner',
    hearings: '2024-04-24; 2024-06-05',
    dash: '',
    ...overrides,
  };
  return Object.values(values).join(',');
};
const read = (...rows: string[]) => readMaracHistoryCsv([HEADER, ...rows].join('\r\n'), 'csp-1', TODAY);

describe('reading a MARAC history CSV', () => {
  it("reads a spreadsheet's row: UK dates, codes written as words, yes/no, lists, and numbers it by its line", () => {
    const file = read(row(), row({ victim: 'Anne Other', agency: "Children's social care", dash: 'YYYYYYYYYYYYYYNNNNNNNNNU' }));
    expect(file.rows).toBe(2);
    expect(file.refused).toEqual([]);
    expect(file.accepted[0]).toMatchObject({
      row: 2,
      maracId: 'marac-north',
      referralDate: '2024-04-10',
      referringAgency: 'police',
      criterion: 'professional-judgement',
      victim: {
        fullName: 'Jane Example',
        dateOfBirth: '1990-01-02',
        profile: {
          sex: 'female',
          ethnicity: 'not-racially-minoritised',
          ageAtReferral: 34,
          disabled: false,
          lgbtPlus: null,
          childrenInHousehold: 2,
        },
      },
      perpetrators: [{ fullName: 'John Example', dateOfBirth: null, relationship: 'ex-partner' }],
      hearingDates: ['2024-04-24', '2024-06-05'],
      hearingAgencies: null,
      dash: null,
    });
    expect(file.accepted[1]).toMatchObject({ row: 3, referringAgency: 'childrens-social-care' });
    expect(file.accepted[1].dash).toHaveLength(24);
    expect(file.accepted[1].dash?.filter((answer) => answer === 'yes')).toHaveLength(14);
  });

  it('refuses a row with an impossible date, naming the column and not the value', () => {
    const file = read(row({ date: '31/02/2024' }), row({ hearings: '2024-02-30' }));
    expect(file.refused).toEqual([
      { row: 2, reason: 'referral_date is not a date of the calendar (YYYY-MM-DD or DD/MM/YYYY).' },
      { row: 3, reason: 'hearing_dates is not a date of the calendar (YYYY-MM-DD or DD/MM/YYYY).' },
    ]);
  });

  it('refuses a row repeated in the file (names written differently are the same), naming the first', () => {
    const file = read(row(), row({ victim: '  JANE   example ' }), row({ date: '2024-04-10' }));
    expect(file.accepted.map((r) => r.row)).toEqual([2]);
    expect(file.refused).toEqual([
      { row: 3, reason: 'A duplicate of row 2: the same referral is imported once.' },
      { row: 4, reason: 'A duplicate of row 2: the same referral is imported once.' },
    ]);
  });

  it('gives the same row the same fingerprint in every run, and another partnership another one', () => {
    expect(read(row()).accepted[0].fingerprint).toBe(read(row()).accepted[0].fingerprint);
    expect(readMaracHistoryCsv([HEADER, row()].join('\n'), 'csp-2', TODAY).accepted[0].fingerprint).not.toBe(
      read(row()).accepted[0].fingerprint,
    );
  });

  it('refuses rows whose values are not the codes, empty where required, or hearings out of order with the referral', () => {
    const file = read(
      row({ agency: 'Fire service' }),
      row({ victim: '' }),
      row({ hearings: '2024-04-01' }),
      row({ hearings: '2026-07-01' }),
      row({ disabled: 'maybe' }),
      row({ dash: 'YYN' }),
    );
    expect(file.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^referring_agency must be one of police, /),
      'victim_name is empty.',
      'hearing_dates has a hearing before the referral date.',
      'hearing_dates has a hearing later than today (2026-06-30 in the UK).',
      'disabled must be yes or no (or empty when not known).',
      'dash_answers must be the 24 answers, each Y, N or U (not known).',
    ]);
    expect(JSON.stringify(file.refused)).not.toMatch(/Jane|John|Fire|maybe/);
  });

  it('refuses a file without the required columns or with unknown ones, and one that is not CSV (400, nothing read)', () => {
    expect(() => readMaracHistoryCsv('referral_date,marac\n2024-01-01,m', 'csp-1', TODAY)).toThrow(InvalidCommandError);
    expect(() => readMaracHistoryCsv(`${HEADER},Notes\n${row()},secret`, 'csp-1', TODAY)).toThrow(/unknown notes/);
    expect(() => readMaracHistoryCsv(`${HEADER}\n"Jane ${row()}`, 'csp-1', TODAY)).toThrow(
      /^The file is not readable CSV \(CSV_[A-Z_]+( at line \d+)?\)\.$/,
    );
  });
});
