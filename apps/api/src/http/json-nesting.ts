import type { IncomingMessage } from 'node:http';

/** Deeper than any body of the API (a referral is 4 levels); class-transformer recurses once per level. */
export const MAX_JSON_NESTING = 32;

/**
 * The JSON body parser's `verify` hook: refuses a body nested deeper than MAX_JSON_NESTING before it is
 * parsed (one pass over the bytes, skipping strings), as a 400 the problem filter knows (`entity.too.deep`).
 */
export function refuseDeepNesting(_request: IncomingMessage, _response: unknown, body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > MAX_JSON_NESTING) throw Object.assign(new Error('body nested too deeply'), { status: 400, type: 'entity.too.deep' });
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
}
