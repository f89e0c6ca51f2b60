/**
 * Names as the search compares them: case, accents and punctuation gone, hyphenated and apostrophised
 * names split into their parts (and kept joined), courtesy titles dropped. `Zoë O'Brien-Smith` ->
 * `zoe`, `obrien`, `smith`, `obriensmith`.
 */

const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev']);

/** Lower case, accents removed, special letters folded: `Zoë Łukasz` -> `zoe lukasz`. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDED[letter] ?? letter);
}

/**
 * The tokens of one name, in order, each once; `joined` adds a hyphenated name's parts written together
 * (`smith-jones` also as `smithjones`, which is how some records write it).
 */
export function nameTokens(name: string, { joined = true } = {}): string[] {
  const tokens: string[] = [];
  for (const word of foldName(name)
    .replace(/['’‘`]/g, '')
    .split(/[^a-z-]+/)) {
    const parts = word.split('-').filter((part) => part.length > 0);
    if (parts.length === 0) continue;
    tokens.push(...parts);
    if (joined && parts.length > 1) tokens.push(parts.join(''));
  }
  return [...new Set(tokens.filter((token) => !TITLES.has(token)))];
}

/** The token and every string one deletion away from it (the spelling-slip neighbourhood); tokens under 4 letters only themselves. */
export function deletionVariants(token: string): string[] {
  if (token.length < 4) return [token];
  const variants = new Set([token]);
  for (let i = 0; i < token.length; i++) variants.add(token.slice(0, i) + token.slice(i + 1));
  return [...variants];
}
