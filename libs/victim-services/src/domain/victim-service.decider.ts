import {
  assertNever,
  IllegalStateError,
  InvalidCommandError,
  NotFoundError,
  requireId,
  requireOneOf,
  requireText,
  type Decider,
  type DomainEvent,
} from '@app/domain';
import { financialYearStart } from '@app/periods';
import { SERVICE_KINDS, type ServiceKind } from './victim-services-codes.js';
import { AIMABLE_ROWS, type AimableRow } from './quarterly-table.js';

/** One stream per victim service (`victim_service-<serviceId>`), registered by an admin before casework names it. */
export const VICTIM_SERVICE_STREAM_CATEGORY = 'victim_service';
export const SERVICE_NOT_FOUND = 'There is no such victim service.';
export const SERVICE_NAME_MAX_LENGTH = 120;

/** The annual aims of a financial year, by the stable name of the table row they are set for. */
export type ServiceAims = Partial<Record<AimableRow, number>>;

export type VictimServiceRegistered = DomainEvent<
  'VictimServiceRegistered',
  { serviceId: string; partnershipId: string; name: string; provider: string; kind: ServiceKind }
>;
/** The aims of one financial year, as a whole (a later setting of the same year replaces it). */
export type VictimServiceAimsSet = DomainEvent<
  'VictimServiceAimsSet',
  { serviceId: string; partnershipId: string; financialYear: string; aims: ServiceAims }
>;
export type VictimServiceEvent = VictimServiceRegistered | VictimServiceAimsSet;

export interface RegisterVictimService {
  type: 'RegisterVictimService';
  serviceId: string;
  partnershipId: string;
  name: string;
  provider: string;
  kind: ServiceKind;
}
export interface SetServiceAims {
  type: 'SetServiceAims';
  financialYear: string;
  aims: ServiceAims;
}
export type VictimServiceCommand = RegisterVictimService | SetServiceAims;

export type VictimServiceState =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      serviceId: string;
      partnershipId: string;
      name: string;
      provider: string;
      kind: ServiceKind;
      aims: Record<string, ServiceAims>;
    };

/** Percentage rows take aims of 0-100; counts any whole number. */
function checkAims(aims: ServiceAims): ServiceAims {
  if (typeof aims !== 'object' || aims === null) throw new InvalidCommandError('The aims are missing.');
  const checked: ServiceAims = {};
  for (const [row, aim] of Object.entries(aims)) {
    if (!AIMABLE_ROWS.includes(row)) throw new InvalidCommandError(`There is no table row named ${row}.`);
    if (aim === undefined) continue;
    const percentage = row.startsWith('pct_');
    if (typeof aim !== 'number' || !Number.isInteger(aim) || aim < 0 || (percentage && aim > 100))
      throw new InvalidCommandError(
        `The aim for ${row} must be a whole number${percentage ? ' from 0 to 100 (a percentage)' : ', 0 or more'}.`,
      );
    checked[row] = aim;
  }
  return checked;
}

export const victimServiceDecider: Decider<VictimServiceCommand, VictimServiceState, VictimServiceEvent> = {
  initialState: () => ({ status: 'unregistered' }),

  evolve(state, event) {
    switch (event.type) {
      case 'VictimServiceRegistered':
        return { status: 'registered', ...event.data, aims: {} };
      case 'VictimServiceAimsSet':
        if (state.status !== 'registered') return state;
        return { ...state, aims: { ...state.aims, [event.data.financialYear]: event.data.aims } };
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'RegisterVictimService': {
        if (state.status === 'registered') throw new IllegalStateError('This victim service is already registered.');
        requireId(command.serviceId, 'service id');
        requireId(command.partnershipId, 'partnership id');
        requireText(command.name, "The service's name is missing.");
        requireText(command.provider, "The service's provider is missing.");
        if (command.name.trim().length > SERVICE_NAME_MAX_LENGTH)
          throw new InvalidCommandError(`The service's name must be ${SERVICE_NAME_MAX_LENGTH} characters or fewer.`);
        requireOneOf(command.kind, SERVICE_KINDS, `The kind of service must be one of ${SERVICE_KINDS.join(', ')}.`);
        return [
          {
            type: 'VictimServiceRegistered',
            data: {
              serviceId: command.serviceId,
              partnershipId: command.partnershipId,
              name: command.name.trim(),
              provider: command.provider.trim(),
              kind: command.kind,
            },
          },
        ];
      }
      case 'SetServiceAims': {
        if (state.status !== 'registered') throw new NotFoundError(SERVICE_NOT_FOUND);
        try {
          financialYearStart(command.financialYear);
        } catch {
          throw new InvalidCommandError("The financial year must be written like '2016-17'.");
        }
        const aims = checkAims(command.aims);
        return [
          {
            type: 'VictimServiceAimsSet',
            data: { serviceId: state.serviceId, partnershipId: state.partnershipId, financialYear: command.financialYear, aims },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
};
