import { exited, startNode } from './support/processes.js';

/** `npm run rebuild` refuses a --duty it cannot use before it opens any database. */
describe('rebuild CLI arguments', () => {
  it.each(['0', '1.5', 'half', ''])('refuses --duty=%s with a message naming the rule, exit 1', async (duty) => {
    const child = startNode('dist/apps/cli/src/rebuild.js', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, [
      '--all',
      `--duty=${duty}`,
    ]);
    expect(await exited(child)).toBe(1);
    expect(child.output()).toContain('rebuild failed: the background duty is a share of the time, over 0 and at most 1: got');
  });
});
