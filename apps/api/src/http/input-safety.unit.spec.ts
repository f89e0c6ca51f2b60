import { unsafeInputProblems } from './input-safety.js';

describe('the edge rules for any value a client sends', () => {
  it('names each nested field holding NUL, a lone surrogate or a control character', () => {
    const body = {
      victim: { details: { fullName: 'a\u0000b' } },
      perpetrators: [{ note: '\ud83d' }, { note: 'x\u001by' }],
      ok: "Siân O'Brien-Łukasiewicz 👍",
    };
    expect(unsafeInputProblems(body, 'body').map((p) => p.field)).toEqual([
      'victim.details.fullName',
      'perpetrators.0.note',
      'perpetrators.1.note',
    ]);
  });

  it('allows line breaks and tabs in bodies only', () => {
    expect(unsafeInputProblems({ description: 'one\r\ntwo\tthree' }, 'body')).toEqual([]);
    expect(unsafeInputProblems({ person: 'one\ntwo' }, 'query')).toEqual([
      { field: 'person', messages: ['must not contain control characters (it has U+000A)'] },
    ]);
    expect(unsafeInputProblems({ caseId: 'a\u0085' }, 'path')[0].field).toBe('caseId');
  });

  it('refuses numbers that are not finite or past the exact integers, and prototype keys at any depth', () => {
    expect(unsafeInputProblems({ a: Infinity, b: 1e308, c: 2 ** 53 - 1, d: 0.28 }, 'body').map((p) => p.field)).toEqual(['a', 'b']);
    expect(unsafeInputProblems(JSON.parse('{"x":{"__proto__":{}},"constructor":1}'), 'body').map((p) => p.field)).toEqual([
      'x.__proto__',
      'constructor',
    ]);
  });

  it('names the part itself for a bare value', () => {
    expect(unsafeInputProblems('\u0000', 'body')).toEqual([{ field: 'body', messages: ['must not contain the NUL character (U+0000)'] }]);
  });
});
