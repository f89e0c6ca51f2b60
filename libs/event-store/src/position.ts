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

/**
 * How far `to` is ahead of `from`, in the store's own units: PostgreSQL's log sequence numbers (about the
 * number of events appended in between, of every category), EventStoreDB's bytes of its transaction log.
 * 0 when `to` is not ahead; at least 1 when it is (positions order by commit first).
 */
export function positionDistance(from: Position, to: Position): number {
  if (comparePositions(to, from) <= 0) return 0;
  return Math.max(1, Number(to.prepare - from.prepare));
}

export function positionToString(position: Position): string {
  return `${position.commit}/${position.prepare}`;
}

export function positionFromString(text: string): Position {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text);
  if (!match) throw new Error(`not a log position: ${text}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
