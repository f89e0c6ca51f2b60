/**
 * What the edge refuses in any value a client sends, before a DTO, a use case or the audit log sees it:
 * text PostgreSQL cannot store (NUL; lone UTF-16 surrogates, which are not UTF-8), control characters
 * (C0, DEL, C1), numbers no count or measure needs (not finite, or past 2^53 where integers stop being
 * exact), and the keys `__proto__`, `constructor` and `prototype`, which reach object prototypes.
 * Line breaks and tabs are allowed in bodies only (free-text descriptions and notes are typed over lines;
 * path segments and query parameters are single-line identifiers and filters).
 */
export type InputPart = 'body' | 'query' | 'path';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/* eslint-disable no-control-regex -- matching control characters is what these two rules are for */
const CONTROL_IN_BODY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_ON_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Every field of `value` (nested paths `victim.details.fullName`, `perpetrators.0.relationship`) the edge refuses. */
export function unsafeInputProblems(value: unknown, part: InputPart): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const control = part === 'body' ? CONTROL_IN_BODY : CONTROL_ON_ONE_LINE;
  // Iterative, so no input shape can exhaust the stack here (the parser already bounds nesting).
  const pending: [unknown, string][] = [[value, '']];
  while (pending.length) {
    const [current, field] = pending.pop()!;
    const name = field || part;
    if (typeof current === 'string') {
      const message = textProblem(current, control);
      if (message) problems.push({ field: name, messages: [message] });
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current) || Math.abs(current) > Number.MAX_SAFE_INTEGER) {
        problems.push({
          field: name,
          messages: [`must be a finite number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`],
        });
      }
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        const child = field ? `${field}.${key}` : key;
        if (PROTOTYPE_KEYS.has(key)) problems.push({ field: child, messages: [`property ${key} should not exist`] });
        else if (textProblem(key, CONTROL_ON_ONE_LINE))
          problems.push({ field: name, messages: ['has a property name with a control character'] });
        else pending.push([(current as Record<string, unknown>)[key], child]);
      }
    }
  }
  return problems.reverse();
}

function textProblem(text: string, control: RegExp): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it has a lone surrogate)';
  const found = control.exec(text);
  if (found) return `must not contain control characters (it has U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  return undefined;
}
