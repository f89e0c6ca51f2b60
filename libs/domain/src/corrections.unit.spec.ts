import {
  amendmentNote,
  applyAmendment,
  applyVoid,
  changedFields,
  correctionHistory,
  counted,
  isVoided,
  requireCorrectable,
  requireCorrectionCommand,
  voidNote,
  type Correctable,
} from './corrections.js';
import { IllegalStateError, InvalidCommandError, NotFoundError } from './domain-errors.js';

interface Visit extends Correctable {
  id: string;
  on: string;
  agencies: string[];
}

const by = { correctedAt: '2025-05-01T10:00:00Z', correctedBy: 'coordinator-1' };
const visit = (id: string): Visit => ({ id, on: '2025-04-01', agencies: ['police'], corrections: [] });

describe('corrections: voided records do not count', () => {
  it('counts a record until it is voided, and keeps it (marked) afterwards', () => {
    const voided = applyVoid(visit('b'), voidNote(by));
    expect(isVoided(voided)).toBe(true);
    expect(voided.corrections).toEqual([{ correction: 'voided', fields: [], ...by }]);
    expect(counted([visit('a'), voided]).map((v) => v.id)).toEqual(['a']);
  });

  it('refuses to correct a record that is missing (404) or voided (409)', () => {
    expect(() => requireCorrectable(undefined, 'visit')).toThrow(NotFoundError);
    expect(() => requireCorrectable(applyVoid(visit('a'), voidNote(by)), 'visit')).toThrow(
      new IllegalStateError('This visit was voided, so it cannot be amended or voided again.'),
    );
    expect(requireCorrectable(visit('a'), 'visit').id).toBe('a');
  });
});

describe('corrections: an amendment replaces fields and keeps the history', () => {
  it('replaces only the fields it changes and notes which', () => {
    const first = applyAmendment(visit('a'), { on: '2025-04-02' }, amendmentNote(by, { on: '2025-04-02' }));
    const second = applyAmendment(first, { agencies: ['idva'] }, amendmentNote({ ...by, correctedBy: 'coordinator-2' }, { agencies: [] }));
    expect(second).toEqual({
      id: 'a',
      on: '2025-04-02',
      agencies: ['idva'],
      corrections: [
        { correction: 'amended', fields: ['on'], ...by },
        { correction: 'amended', fields: ['agencies'], correctedAt: by.correctedAt, correctedBy: 'coordinator-2' },
      ],
    });
  });

  it('keeps the fields that really change, comparing values as data', () => {
    expect(changedFields<Visit>(visit('a'), { on: '2025-04-01', agencies: ['idva'] }, ['on', 'agencies'], 'visit')).toEqual({
      agencies: ['idva'],
    });
  });

  it('refuses a field that may not be amended, no field, or nothing that changes (400)', () => {
    expect(() => changedFields<Visit>(visit('a'), { id: 'x' }, ['on'], 'visit')).toThrow(
      new InvalidCommandError('A visit can be amended in these fields only: on.'),
    );
    expect(() => changedFields<Visit>(visit('a'), {}, ['on'], 'visit')).toThrow(InvalidCommandError);
    expect(() => changedFields<Visit>(visit('a'), { on: '2025-04-01' }, ['on'], 'visit')).toThrow(/changes nothing/);
  });

  it('counts a field the current record does not hold (a description kept only in the events) as changed', () => {
    expect(changedFields<{ text: string }>({}, { text: 'x' }, ['text'], 'note')).toEqual({ text: 'x' });
  });
});

describe('corrections: the command', () => {
  const command = { recordId: 'a', reason: 'Entered on the wrong case', ...by };
  it('needs a known kind of record, its id, a reason, a timestamp and who', () => {
    expect(() => requireCorrectionCommand(command, ['visit'], 'visit')).not.toThrow();
    expect(() => requireCorrectionCommand(command, ['visit'], 'meeting')).toThrow(/kind of record/);
    expect(() => requireCorrectionCommand({ ...command, reason: '  ' }, ['visit'], 'visit')).toThrow(
      new InvalidCommandError('A correction needs a reason: say why the record was wrong.'),
    );
    expect(() => requireCorrectionCommand({ ...command, recordId: '' }, ['visit'], 'visit')).toThrow(/id of the record/);
    expect(() => requireCorrectionCommand({ ...command, correctedAt: '2025-05-01' }, ['visit'], 'visit')).toThrow(/ISO timestamp/);
    expect(() => requireCorrectionCommand({ ...command, correctedBy: '' }, ['visit'], 'visit')).toThrow(/Who made/);
  });
});

describe('corrections: the history a record shows', () => {
  it('lists amendments and voids with who, when, which fields and why (the reason null once erased)', () => {
    const reason = (text: string | null) => ({ subjectId: 'v', personal: text === null ? null : { text } });
    const events = [
      { type: 'VisitBooked', data: {} },
      {
        type: 'VisitAmended',
        data: { recordKind: 'visit', recordId: 'a', amended: { on: '2025-04-02' }, reason: reason('Wrong day'), ...by },
      },
      { type: 'VisitVoided', data: { recordKind: 'visit', recordId: 'a', reason: reason(null), ...by } },
    ];
    expect(correctionHistory(events, { amended: 'VisitAmended', voided: 'VisitVoided' })).toEqual([
      { recordKind: 'visit', recordId: 'a', correction: 'amended', fields: ['on'], ...by, reason: 'Wrong day' },
      { recordKind: 'visit', recordId: 'a', correction: 'voided', fields: [], ...by, reason: null },
    ]);
  });
});
