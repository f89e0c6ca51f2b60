/** Streams are `<category>-<id>`, EventStoreDB's category convention: the category is up to the first dash. */
const CATEGORY = /^[a-z][a-z0-9_]*$/;

export function streamName(category: string, id: string): string {
  if (!CATEGORY.test(category)) throw new Error(`invalid stream category: ${category}`);
  if (id.length === 0) throw new Error('a stream id cannot be empty');
  return `${category}-${id}`;
}

export function categoryOf(stream: string): string {
  const dash = stream.indexOf('-');
  return dash === -1 ? stream : stream.slice(0, dash);
}

export function idOf(stream: string): string {
  const dash = stream.indexOf('-');
  return dash === -1 ? '' : stream.slice(dash + 1);
}
