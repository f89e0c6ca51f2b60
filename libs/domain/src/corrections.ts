import { IllegalStateError, InvalidCommandError, NotFoundError } from './domain-errors.js';
import type { DomainEvent } from './decider.js';
import type { PersonalData } from './personal-data.js';

/**
 * Corrections of records entered by mistake, the same in every context. Events are immutable, so a
 * correction is a new event naming the record (its kind and id) with a reason:
 * - an amendment replaces some of the record's fields (the original stays in the history);
 * - a void says the record should never have been entered: it no longer counts in any figure, and the
 *   record says it was voided, when, by whom and why. A voided record cannot be amended or voided again.
 * A context declares the fields each kind of record may amend (`FieldsByKind`) and writes its own two
 * event types (event type names are global: `MaracRecordAmended`, `MaracRecordVoided`, ...) with the data
 * shapes below; its decider uses the helpers to find the record, refuse what may not be corrected and
 * fold the corrections into its state.
 */

/** The reason is free text and may name people, so it travels as personal data (the record's subject). */
export interface CorrectionReason {
  text: string;
}

/** What every correction command carries. `correctedAt`/`correctedBy` come from the command's context. */
export interface CorrectionCommand<Kind extends string = string> {
  recordKind: Kind;
  recordId: string;
  reason: string;
  /** ISO timestamp of the correction (no clock in a decider). */
  correctedAt: string;
  /** The user who corrected it. */
  correctedBy: string;
}

/** An amendment: for one kind of record, the fields it changes (at least one). */
export type AmendmentOf<FieldsByKind> = {
  [Kind in keyof FieldsByKind & string]: { recordKind: Kind; changes: Partial<FieldsByKind[Kind]> };
}[keyof FieldsByKind & string];

export type AmendRecordCommand<FieldsByKind> = Omit<CorrectionCommand, 'recordKind'> & AmendmentOf<FieldsByKind>;

/** What every correction event carries. */
export interface CorrectionData<Kind extends string = string> {
  recordKind: Kind;
  recordId: string;
  reason: PersonalData<CorrectionReason>;
  correctedAt: string;
  correctedBy: string;
}

/** The data of an amendment event: the new values of the fields it changes, and only those. */
export type RecordAmendedData<FieldsByKind> = Omit<CorrectionData, 'recordKind'> &
  {
    [Kind in keyof FieldsByKind & string]: { recordKind: Kind; amended: Partial<FieldsByKind[Kind]> };
  }[keyof FieldsByKind & string];

export type RecordVoidedData<Kind extends string> = CorrectionData<Kind>;

/** A correction as a decider's state keeps it: no personal data (the reason stays in the event). */
export interface CorrectionNote {
  correction: 'amended' | 'voided';
  /** The fields an amendment changed; empty for a void. */
  fields: string[];
  correctedAt: string;
  correctedBy: string;
}

/** A record in a decider's state that can be corrected: its corrections, oldest first. */
export interface Correctable {
  corrections: readonly CorrectionNote[];
}

export function isVoided(record: Correctable): boolean {
  return record.corrections.some((note) => note.correction === 'voided');
}

/** Voided records do not count: every rule and figure reads records through this. */
export function counted<Record extends Correctable>(records: readonly Record[]): Record[] {
  return records.filter((record) => !isVoided(record));
}

/** The note an amendment leaves on its record. */
export function amendmentNote(data: Pick<CorrectionData, 'correctedAt' | 'correctedBy'>, amended: object): CorrectionNote {
  return { correction: 'amended', fields: Object.keys(amended), correctedAt: data.correctedAt, correctedBy: data.correctedBy };
}

export function voidNote(data: Pick<CorrectionData, 'correctedAt' | 'correctedBy'>): CorrectionNote {
  return { correction: 'voided', fields: [], correctedAt: data.correctedAt, correctedBy: data.correctedBy };
}

/** An amendment replaces the fields it changes and adds its note; the record keeps its earlier notes. */
export function applyAmendment<Record extends Correctable>(
  record: Record,
  amended: Partial<NoInfer<Record>>,
  note: CorrectionNote,
): Record {
  return { ...record, ...amended, corrections: [...record.corrections, note] };
}

export function applyVoid<Record extends Correctable>(record: Record, note: CorrectionNote): Record {
  return { ...record, corrections: [...record.corrections, note] };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The checks every correction command passes before its record is looked at (400). */
export function requireCorrectionCommand(
  command: Omit<CorrectionCommand, 'recordKind'>,
  kinds: readonly string[],
  recordKind: unknown,
): void {
  if (typeof recordKind !== 'string' || !kinds.includes(recordKind)) {
    throw new InvalidCommandError(`The kind of record to correct must be one of: ${kinds.join(', ')}.`);
  }
  if (typeof command.recordId !== 'string' || command.recordId.trim() === '')
    throw new InvalidCommandError('The id of the record to correct is missing.');
  if (typeof command.reason !== 'string' || command.reason.trim() === '') {
    throw new InvalidCommandError('A correction needs a reason: say why the record was wrong.');
  }
  if (typeof command.correctedAt !== 'string' || !TIMESTAMP.test(command.correctedAt)) {
    throw new InvalidCommandError('The time of the correction must be an ISO timestamp.');
  }
  if (typeof command.correctedBy !== 'string' || command.correctedBy.trim() === '')
    throw new InvalidCommandError('Who made the correction is missing.');
}

/**
 * The record a correction names: 404 when there is none, 409 when it was voided (a void is final).
 * `label` names the record in the panel's words ("agency action").
 */
export function requireCorrectable<Record extends Correctable>(record: Record | undefined, label: string): Record {
  if (!record) throw new NotFoundError(`There is no ${label} with this id on this record.`);
  if (isVoided(record)) throw new IllegalStateError(`This ${label} was voided, so it cannot be amended or voided again.`);
  return record;
}

/**
 * The fields an amendment really changes: 400 when it names a field the kind of record may not amend or
 * none at all, or when every value it gives is the one already recorded. A field `current` lacks (a
 * description the state does not hold) always counts as changed. `same` compares two values of a field.
 */
export function changedFields<Fields extends object>(
  current: Partial<Fields>,
  changes: Partial<Fields>,
  amendable: readonly (keyof Fields & string)[],
  label: string,
  same: (a: unknown, b: unknown) => boolean = sameValue,
): Partial<Fields> {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw new InvalidCommandError(`An amendment of a ${label} needs the fields it changes.`);
  }
  const names = Object.keys(changes).filter((name) => (changes as Record<string, unknown>)[name] !== undefined);
  const unknown = names.filter((name) => !(amendable as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new InvalidCommandError(`A ${label} can be amended in these fields only: ${amendable.join(', ')}.`);
  }
  if (names.length === 0) throw new InvalidCommandError(`An amendment of a ${label} needs at least one of: ${amendable.join(', ')}.`);
  const changed = Object.fromEntries(
    names
      .filter((name) => !same((current as Record<string, unknown>)[name], (changes as Record<string, unknown>)[name]))
      .map((name) => [name, (changes as Record<string, unknown>)[name]]),
  ) as Partial<Fields>;
  if (Object.keys(changed).length === 0)
    throw new InvalidCommandError(`This amendment changes nothing: the ${label} already has these values.`);
  return changed;
}

/** Values compared as data (a list of agencies, a profile), not by reference. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** One correction as a record's history shows it to those who may read it: the reason included. */
export interface CorrectionEntry {
  recordKind: string;
  recordId: string;
  correction: 'amended' | 'voided';
  fields: string[];
  correctedAt: string;
  correctedBy: string;
  /** null once the subject's personal data is erased. */
  reason: string | null;
}

/** The corrections in a stream's (decoded) events, oldest first, given the context's two event types. */
export function correctionHistory(events: readonly DomainEvent[], types: { amended: string; voided: string }): CorrectionEntry[] {
  return events.flatMap((event): CorrectionEntry[] => {
    if (event.type !== types.amended && event.type !== types.voided) return [];
    const data = event.data as CorrectionData & { amended?: object };
    return [
      {
        recordKind: data.recordKind,
        recordId: data.recordId,
        correction: event.type === types.amended ? 'amended' : 'voided',
        fields: Object.keys(data.amended ?? {}),
        correctedAt: data.correctedAt,
        correctedBy: data.correctedBy,
        reason: data.reason.personal?.text ?? null,
      },
    ];
  });
}
