import { parseArgs } from 'node:util';
import { EmbeddedIssuer, isRole, loadAccessConfig, parseTtl, ROLES } from '@app/access';
import { ConfigError, loadConfig } from '@app/platform';

const USAGE = `usage: npm run -s token -- --user <id> --role <role> [--role ...] --partnership <id> [--partnership ...] [--ttl 8h]
       [--email <address>] [--team <name> ...]
roles: ${ROLES.join(', ')}
--email and --team set the user's e-mail address (alert digests) and teams (alerts for a team reach its members),
under the claim names the API reads (AUTH_EMAIL_CLAIM, AUTH_TEAMS_CLAIM).
Mints a bearer token signed by the embedded issuer's key in DATA_DIR (default ./.data). Prints only the token
(-s keeps npm from printing its banner before it).`;

/**
 * The embedded issuer's token command. There are no passwords: whoever can read DATA_DIR (the same
 * people who can read the database files in it) can mint a token for any user.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      role: { type: 'string', multiple: true },
      partnership: { type: 'string', multiple: true },
      ttl: { type: 'string', default: '8h' },
      email: { type: 'string' },
      team: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !isRole(role));
  if (!values.user || roles.length === 0 || unknown.length > 0) {
    throw new UsageError(unknown.length > 0 ? `unknown role(s): ${unknown.join(', ')}` : '--user and at least one --role are required');
  }
  // Every role acts within the caller's partnerships: a token without one would be refused everywhere.
  if (!values.partnership?.length || values.partnership.some((id) => id.trim() === '')) {
    throw new UsageError(
      'at least one --partnership is required: every role works within partnerships, so a token without one could do nothing',
    );
  }
  if (values.email !== undefined && !/^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    throw new UsageError('--email must be an e-mail address (name@example.org)');
  }
  if (values.team?.some((team) => team.trim() === '' || team.length > 200)) {
    throw new UsageError('--team must name a team (1 to 200 characters)');
  }
  const config = loadAccessConfig(loadConfig());
  if (config.jwksUrl) {
    throw new UsageError('AUTH_JWKS_URL is set: tokens come from your identity provider, not from this command');
  }
  const issuer = await EmbeddedIssuer.open(config);
  const token = await issuer.mint({
    user: values.user,
    roles: roles.filter(isRole),
    partnerships: values.partnership,
    ttlSeconds: parseTtl(values.ttl ?? '8h'),
    ...(values.email ? { email: values.email } : {}),
    ...(values.team?.length ? { teams: values.team } : {}),
  });
  process.stdout.write(`${token}\n`);
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
