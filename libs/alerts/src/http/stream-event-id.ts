/** The form of the ids the stream sends: a log position, `<commit>/<prepare>`. */
const EVENT_ID = /^(\d{1,20})\/(\d{1,20})$/;
/** The largest `prepare` (a PostgreSQL bigint) and `commit` (an xid8) a position can hold. */
const MAX_PREPARE = 2n ** 63n - 1n;
const MAX_COMMIT = 2n ** 64n - 1n;

/**
 * Whether a client's Last-Event-ID could be an id this stream sent. The pattern alone lets through digits no
 * position can hold; the feed's query would then fail after the stream opened, and a browser would
 * reconnect with the same id for ever instead of being told.
 */
export function isStreamEventId(text: string): boolean {
  const match = EVENT_ID.exec(text);
  return match !== null && BigInt(match[1]) <= MAX_COMMIT && BigInt(match[2]) <= MAX_PREPARE;
}
