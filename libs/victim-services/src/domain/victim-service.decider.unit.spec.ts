import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { given } from '@app/testing';
import { victimServiceDecider, type VictimServiceRegistered } from './victim-service.decider.js';

const registered: VictimServiceRegistered = {
  type: 'VictimServiceRegistered',
  data: { serviceId: 'asb-1', partnershipId: 'csp-1', name: 'ASB Support Service', provider: 'Victim Support', kind: 'asb-support' },
};
const register = {
  type: 'RegisterVictimService',
  serviceId: 'asb-1',
  partnershipId: 'csp-1',
  name: ' ASB Support Service ',
  provider: 'Victim Support',
  kind: 'asb-support',
} as const;

describe('victim service registry', () => {
  it('registers a service with its name, provider and kind (trimmed)', () => {
    given(victimServiceDecider).when(register).then([registered]);
  });
  it('refuses a second registration of the same service (409)', () => {
    given(victimServiceDecider, [registered]).when(register).thenThrows(IllegalStateError, 'This victim service is already registered.');
  });
  it('refuses an unknown kind, a blank name or a blank provider (400)', () => {
    given(victimServiceDecider)
      .when({ ...register, kind: 'helpline' as never })
      .thenThrows(InvalidCommandError, /kind of service/);
    given(victimServiceDecider)
      .when({ ...register, name: ' ' })
      .thenThrows(InvalidCommandError, /name is missing/);
    given(victimServiceDecider)
      .when({ ...register, provider: '' })
      .thenThrows(InvalidCommandError, /provider is missing/);
  });
  it("sets a financial year's aims by row name", () => {
    given(victimServiceDecider, [registered])
      .when({ type: 'SetServiceAims', financialYear: '2016-17', aims: { needs_assessments_completed: 60, pct_needs_met: 85 } })
      .then([
        {
          type: 'VictimServiceAimsSet',
          data: {
            serviceId: 'asb-1',
            partnershipId: 'csp-1',
            financialYear: '2016-17',
            aims: { needs_assessments_completed: 60, pct_needs_met: 85 },
          },
        },
      ]);
  });
  it('refuses aims for an unknown row, a percentage over 100, a negative count or a bad year (400), and for no service (404)', () => {
    const aims = (a: Record<string, number>, financialYear = '2016-17') => ({ type: 'SetServiceAims', financialYear, aims: a }) as const;
    given(victimServiceDecider, [registered])
      .when(aims({ happiness: 3 }))
      .thenThrows(InvalidCommandError, 'There is no table row named happiness.');
    given(victimServiceDecider, [registered])
      .when(aims({ pct_needs_met: 101 }))
      .thenThrows(InvalidCommandError, /percentage/);
    given(victimServiceDecider, [registered])
      .when(aims({ cases_closed: -1 }))
      .thenThrows(InvalidCommandError, /0 or more/);
    given(victimServiceDecider, [registered])
      .when(aims({ cases_closed: 1 }, '2016-18'))
      .thenThrows(InvalidCommandError, /financial year/);
    given(victimServiceDecider)
      .when(aims({ cases_closed: 1 }))
      .thenThrows(NotFoundError, 'There is no such victim service.');
  });
  it("keeps each year's aims, a later setting of a year replacing it", () => {
    given(victimServiceDecider, [
      registered,
      {
        type: 'VictimServiceAimsSet',
        data: { serviceId: 'asb-1', partnershipId: 'csp-1', financialYear: '2016-17', aims: { cases_closed: 40 } },
      },
    ])
      .when({ type: 'SetServiceAims', financialYear: '2016-17', aims: { cases_closed: 30 } })
      .thenState((state) => expect(state.status === 'registered' && state.aims['2016-17']).toEqual({ cases_closed: 30 }));
  });
});
