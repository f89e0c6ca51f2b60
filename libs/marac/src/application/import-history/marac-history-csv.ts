import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { InvalidCommandError } from '@app/domain';
import { isIsoDate, type IsoDate } from '@app/periods';
import {
  DASH_QUESTION_COUNT,
  MARAC_AGENCIES,
  PERPETRATOR_RELATIONSHIPS,
  REFERRAL_CRITERIA,
  VICTIM_ETHNICITIES,
  VICTIM_SEXES,
  type DashAnswer,
  type MaracAgency,
  type PerpetratorRelationship,
  type ReferralCriterion,
  type VictimProfileInput,
} from '../../domain/index.js';

/**
 * The columns of a MARAC history file, in the shape of a typical MARAC spreadsheet (one row per
 * referral). Header names are matched without regard to case, spaces or hyphens (`Referral date` is
 * `referral_date`). Dates are `YYYY-MM-DD` or the UK `DD/MM/YYYY`; lists (`hearing_dates`,
 * `hearing_agencies`) are separated by `;`; codes (agency, criterion, relationship, sex, ethnicity) are
 * the API's, written with spaces or hyphens in any case (`Children's social care` is
 * `childrens-social-care`); yes/no columns take yes, no, y, n, true, false, 1, 0, or empty for not known.
 */
export const REQUIRED_COLUMNS = [
  'referral_date',
  'marac',
  'referring_agency',
  'criterion',
  'victim_name',
  'sex',
  'ethnicity',
  'perpetrator_name',
  'relationship',
] as const;
export const OPTIONAL_COLUMNS = [
  'victim_dob',
  'victim_age',
  'disabled',
  'lgbt_plus',
  'children',
  'perpetrator_dob',
  'perpetrator_2_name',
  'perpetrator_2_dob',
  'perpetrator_2_relationship',
  'hearing_dates',
  'hearing_agencies',
  'dash_answers',
] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** Somebody a row names, as the file gives them (personal data: never in a report or a log). */
export interface NamedPerson {
  fullName: string;
  dateOfBirth: IsoDate | null;
}

/** A referral of the file, read and checked for form; the domain checks the rest when it is imported. */
export interface HistoryRow {
  /** The row's line in the file (the header is line 1), as a spreadsheet numbers it: what the report names. */
  row: number;
  /** The row's content, normalised, with the partnership: the same row always imports under the same ids. */
  fingerprint: string;
  maracId: string;
  referralDate: IsoDate;
  referringAgency: MaracAgency;
  criterion: ReferralCriterion;
  victim: NamedPerson & { profile: VictimProfileInput };
  perpetrators: (NamedPerson & { relationship: PerpetratorRelationship })[];
  hearingDates: IsoDate[];
  /** The agencies present when the case was heard; null: not given (the referring agency is recorded). */
  hearingAgencies: MaracAgency[] | null;
  dash: DashAnswer[] | null;
}

export interface RefusedRow {
  row: number;
  /** Why, naming columns and rules, never a value of the row (the row number identifies it). */
  reason: string;
}

export interface ReadHistoryFile {
  /** Data rows in the file. */
  rows: number;
  accepted: HistoryRow[];
  refused: RefusedRow[];
}

/** A row's problem, named by its column. */
class RowProblem extends Error {}

const columnName = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Spreadsheet text to one of the API's codes: lower case, apostrophes dropped, anything else a hyphen. */
const codeOf = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9+]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A name as people are matched on it: case, accents, punctuation and spacing ignored. */
export function normalisedName(fullName: string): string {
  return fullName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function oneOf<T extends string>(value: string, allowed: readonly T[], column: Column): T {
  const code = codeOf(value);
  if (!(allowed as readonly string[]).includes(code)) throw new RowProblem(`${column} must be one of ${allowed.join(', ')}.`);
  return code as T;
}

function date(value: string, column: Column): IsoDate {
  const text = value.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text;
  if (!isIsoDate(iso)) throw new RowProblem(`${column} is not a date of the calendar (YYYY-MM-DD or DD/MM/YYYY).`);
  return iso;
}

const optional = <T>(value: string | undefined, read: (text: string) => T): T | null =>
  value === undefined || value.trim() === '' ? null : read(value);

function yesNo(value: string, column: Column): boolean {
  const code = codeOf(value);
  if (['yes', 'y', 'true', '1'].includes(code)) return true;
  if (['no', 'n', 'false', '0'].includes(code)) return false;
  throw new RowProblem(`${column} must be yes or no (or empty when not known).`);
}

function wholeNumber(value: string, column: Column): number {
  if (!/^\d{1,3}$/.test(value.trim())) throw new RowProblem(`${column} must be a whole number.`);
  return Number(value.trim());
}

function required(record: Record<string, string>, column: Column): string {
  const value = record[column]?.trim() ?? '';
  if (value === '') throw new RowProblem(`${column} is empty.`);
  return value;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** `YYNU...` or `yes;no;...`: the 24 DASH answers (Y yes, N no, U or ? not known). */
function dashAnswers(value: string): DashAnswer[] {
  const parts = value.includes(';') || value.includes(',') ? value.split(/[;,]/).map(codeOf) : [...value.replace(/\s+/g, '').toLowerCase()];
  const answers = parts.map((part): DashAnswer => {
    if (part === 'y' || part === 'yes') return 'yes';
    if (part === 'n' || part === 'no') return 'no';
    if (part === 'u' || part === '?' || part === 'not-known' || part === 'unknown') return 'not-known';
    throw new RowProblem('dash_answers must be the 24 answers, each Y, N or U (not known).');
  });
  if (answers.length !== DASH_QUESTION_COUNT) throw new RowProblem('dash_answers must be the 24 answers, each Y, N or U (not known).');
  return answers;
}

function person(record: Record<string, string>, name: Column, dob: Column): NamedPerson {
  return { fullName: required(record, name), dateOfBirth: optional(record[dob], (text) => date(text, dob)) };
}

function historyRow(record: Record<string, string>, row: number, today: IsoDate): Omit<HistoryRow, 'fingerprint'> {
  const referralDate = date(required(record, 'referral_date'), 'referral_date');
  const victim = person(record, 'victim_name', 'victim_dob');
  const perpetrators = [
    {
      ...person(record, 'perpetrator_name', 'perpetrator_dob'),
      relationship: oneOf(required(record, 'relationship'), PERPETRATOR_RELATIONSHIPS, 'relationship'),
    },
  ];
  if (optional(record.perpetrator_2_name, (text) => text) !== null) {
    const relationship = oneOf(required(record, 'perpetrator_2_relationship'), PERPETRATOR_RELATIONSHIPS, 'perpetrator_2_relationship');
    perpetrators.push({ ...person(record, 'perpetrator_2_name', 'perpetrator_2_dob'), relationship });
  }
  const hearingDates = list(record.hearing_dates).map((text) => date(text, 'hearing_dates'));
  if (new Set(hearingDates).size !== hearingDates.length) throw new RowProblem('hearing_dates names the same date twice.');
  if (hearingDates.some((hearing) => hearing < referralDate)) throw new RowProblem('hearing_dates has a hearing before the referral date.');
  if (hearingDates.some((hearing) => hearing > today))
    throw new RowProblem(`hearing_dates has a hearing later than today (${today} in the UK).`);
  const hearingAgencies = list(record.hearing_agencies).map((text) => oneOf(text, MARAC_AGENCIES, 'hearing_agencies'));
  return {
    row,
    maracId: required(record, 'marac'),
    referralDate,
    referringAgency: oneOf(required(record, 'referring_agency'), MARAC_AGENCIES, 'referring_agency'),
    criterion: oneOf(required(record, 'criterion'), REFERRAL_CRITERIA, 'criterion'),
    victim: {
      ...victim,
      profile: {
        sex: oneOf(required(record, 'sex'), VICTIM_SEXES, 'sex'),
        ethnicity: oneOf(required(record, 'ethnicity'), VICTIM_ETHNICITIES, 'ethnicity'),
        ageAtReferral: optional(record.victim_age, (text) => wholeNumber(text, 'victim_age')),
        disabled: optional(record.disabled, (text) => yesNo(text, 'disabled')),
        lgbtPlus: optional(record.lgbt_plus, (text) => yesNo(text, 'lgbt_plus')),
        childrenInHousehold: optional(record.children, (text) => wholeNumber(text, 'children')),
      },
    },
    perpetrators,
    hearingDates: [...hearingDates].sort(),
    hearingAgencies: hearingAgencies.length > 0 ? hearingAgencies : null,
    dash: optional(record.dash_answers, dashAnswers),
  };
}

/** The row's identity: its content with names normalised, under its partnership (a hash: no personal data kept). */
function fingerprintOf(partnershipId: string, row: Omit<HistoryRow, 'fingerprint' | 'row'>): string {
  const named = (p: NamedPerson) => [normalisedName(p.fullName), p.dateOfBirth];
  const content = [
    partnershipId,
    row.maracId,
    row.referralDate,
    row.referringAgency,
    row.criterion,
    named(row.victim),
    row.victim.profile,
    row.perpetrators.map((p) => [...named(p), p.relationship]),
    row.hearingDates,
    row.hearingAgencies,
    row.dash,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Reads a MARAC history file: the file as a whole must be CSV with a header naming every required
 * column and no unknown one (else 400, nothing read); each data row is then accepted or refused on its
 * own (its column named, never its values; a hearing before the referral or after `today` refuses the row
 * before anything of it is written). A row whose content repeats an earlier row's is refused as a
 * duplicate of it. Blank lines are skipped.
 */
export function readMaracHistoryCsv(csv: string, partnershipId: string, today: IsoDate): ReadHistoryFile {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      columns: (headers: string[]) => headers.map(columnName),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    // The parser's message can quote the file's text: only its code and line go out.
    const { code, lines } = error as { code?: string; lines?: number };
    throw new InvalidCommandError(`The file is not readable CSV (${code ?? 'CSV_ERROR'}${lines ? ` at line ${lines}` : ''}).`);
  }
  const header = new Set(records.length > 0 ? Object.keys(records[0].record) : columnsOfHeader(csv));
  const missing = REQUIRED_COLUMNS.filter((column) => !header.has(column));
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  const unknown = [...header].filter((column) => !known.has(column));
  if (missing.length > 0 || unknown.length > 0) {
    const problems = [
      ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
      ...(unknown.length > 0 ? [`unknown ${unknown.join(', ')}`] : []),
    ];
    throw new InvalidCommandError(
      `The file's header must name the columns of a MARAC history (${problems.join('; ')}). Required: ${REQUIRED_COLUMNS.join(', ')}; optional: ${OPTIONAL_COLUMNS.join(', ')}.`,
    );
  }

  const accepted: HistoryRow[] = [];
  const refused: RefusedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { record, info } of records) {
    // info.lines is the line the record ends on; a record with a line break inside a quoted field starts earlier.
    const row = info.lines;
    try {
      const read = historyRow(record, row, today);
      const fingerprint = fingerprintOf(partnershipId, read);
      const first = firstRowOf.get(fingerprint);
      if (first !== undefined) {
        refused.push({ row, reason: `A duplicate of row ${first}: the same referral is imported once.` });
        continue;
      }
      firstRowOf.set(fingerprint, row);
      accepted.push({ ...read, fingerprint });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      refused.push({ row, reason: error.message });
    }
  }
  return { rows: records.length, accepted, refused };
}

/** The header of a file with no data rows. */
function columnsOfHeader(csv: string): string[] {
  const [first]: string[][] = parse(csv, { bom: true, to_line: 1 });
  return (first ?? []).map(columnName);
}
