import { doubleMetaphone } from 'double-metaphone';
import { nameTokens } from './name-normalisation.js';

/** Jaro-Winkler similarity of two strings, 0 to 1 (1: equal). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return [a1, a2].some((code) => code.length > 0 && (code === b1 || code === b2));
}

/** How alike two name tokens are: spelling (Jaro-Winkler) or sound (a shared Double Metaphone code counts 0.9). */
export function tokenSimilarity(a: string, b: string): number {
  const spelling = jaroWinkler(a, b);
  if (spelling >= 0.9) return spelling;
  return Math.max(spelling, soundsAlike(a, b) ? 0.9 : 0);
}

/**
 * How well `candidate` (a stored name) answers `query` (what was typed), 0 to 1: the mean over the query's
 * tokens of the best-matching candidate token, in any order (forenames and surnames swapped), and a tenth
 * the other way round. With
 * `bothWays`, the candidate's tokens must be answered by the query's too (the same person, not merely
 * someone whose name contains the query: used to spot duplicates).
 */
export function nameSimilarity(query: string, candidate: string, bothWays = false): number {
  const q = nameTokens(query, { joined: false });
  const c = nameTokens(candidate, { joined: false });
  if (q.length === 0 || c.length === 0) return 0;
  const oneWay = (from: string[], to: string[]) =>
    from.reduce((sum, token) => sum + Math.max(...to.map((t) => tokenSimilarity(token, t))), 0) / from.length;
  // One way, the candidate's other names still count a little: of two people answering every token typed,
  // the one with nothing more to their name comes first.
  return bothWays ? (oneWay(q, c) + oneWay(c, q)) / 2 : 0.9 * oneWay(q, c) + 0.1 * oneWay(c, q);
}
