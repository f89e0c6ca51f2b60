import { exited, startNode } from './support/processes.js';

/** `npm run rebuild` refuses a --duty it cannot use before it opens any database. */
describe('rebuild CLI arguments', () => {
  it('refuses a --duty that is not a share of the time over 0 and at most 1 with a message naming the rule, exit 1', async () => {
    const refusals = await Promise.all(
      ['0', '1.5', 'half'].map(async (duty) => {
        const child = startNode('dist/apps/cli/src/rebuild.js', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, [
          '--all',
          `--duty=${duty}`,
        ]);
        return { duty, exit: await exited(child), output: child.output() };
      }),
    );
    for (const { duty, exit, output } of refusals) {
      expect({ duty, exit }).toEqual({ duty, exit: 1 });
      expect(output).toContain(`rebuild failed: the background duty is a share of the time, over 0 and at most 1: got ${Number(duty)}`);
    }
  });

  it('refuses --duty with --full-speed (a full-speed rebuild never rests), exit 1', async () => {
    const child = startNode('dist/apps/cli/src/rebuild.js', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, [
      '--all',
      '--full-speed',
      '--duty=0.5',
    ]);
    expect(await exited(child)).toBe(1);
    expect(child.output()).toContain('rebuild failed: --duty is for a background rebuild: leave it out with --full-speed');
  });
});
