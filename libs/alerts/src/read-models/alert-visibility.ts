import { hasRole, partnershipsOf, ROLES, type Caller } from '@app/access';
import { teamsOf } from '../application/alert-access.js';

/**
 * The SQL condition for the alerts a caller sees, the same rule as `isAlertFor`: in their partnerships, and
 * for a role they hold or them as lead (`mine`), or for a team they are in (`team`). An admin sees every
 * alert of their partnerships under `mine`. Pushes its parameters onto `params`.
 */
export function visibleAlerts(caller: Caller, scope: 'mine' | 'team' | 'all', params: unknown[], alias = ''): string {
  const a = alias ? `${alias}.` : '';
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const partnerships = `${a}partnership_id = ANY(${param(partnershipsOf(caller), 'text[]')})`;
  const mine = () =>
    hasRole(caller, 'admin')
      ? 'true'
      : `((${a}audience_kind = 'role' AND ${a}audience_value = ANY(${param(
          ROLES.filter((role) => hasRole(caller, role)),
          'text[]',
        )})) OR (${a}audience_kind = 'lead' AND ${a}audience_value = ${param(caller.id, 'text')}))`;
  const team = () => `(${a}audience_kind = 'team' AND ${a}audience_value = ANY(${param(teamsOf(caller), 'text[]')}))`;
  const who = scope === 'mine' ? mine() : scope === 'team' ? team() : `(${mine()} OR ${team()})`;
  return `${partnerships} AND ${who}`;
}
