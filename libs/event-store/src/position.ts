/**
 * A position in the global log. EventStoreDB calls the pair (commit, prepare); the PostgreSQL adapter
 * stores (transaction id, global sequence), which orders events exactly as a gap-free reader sees them.
 */
export interface Position {
  commit: bigint;
  prepare: bigint;
}

export const START: Position = Object.freeze({ commit: -1n, prepare: -1n });

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function positionToString(position: Position): string {
  return `${position.commit}/${position.prepare}`;
}

export function positionFromString(text: string): Position {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text);
  if (!match) throw new Error(`not a log position: ${text}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
