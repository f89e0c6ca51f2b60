import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, streamId, type Projection } from '@app/projections';
import type { IomCohortEvent, IomOffenderEvent, MeasurePeriod, StatusSpell } from '../domain/index.js';

interface MemberRow {
  offender_id: string;
  cohort_id: string;
  partnership_id: string;
  person_id: string;
  on_cohort: boolean;
  last_exited_on: string | null;
  periods: MeasurePeriod[];
  statuses: StatusSpell[];
  strands: { strand: string; from: string }[];
  last_revision: number;
}

interface OffenceRow {
  offender_id: string;
  offence_id: string;
  cohort_id: string;
  offence_date: string;
  category: string;
  neighbourhood_crime: boolean;
  severity_weight: number;
  during_custody: boolean;
  outcome: string | null;
  outcome_date: string | null;
}

const MEMBER_COLUMNS =
  'offender_id text, cohort_id text, partnership_id text, person_id text, on_cohort boolean, last_exited_on date, periods jsonb, statuses jsonb, strands jsonb, last_revision integer';
const OFFENCE_COLUMNS =
  'offender_id text, offence_id text, cohort_id text, offence_date date, category text, neighbourhood_crime boolean, severity_weight double precision, during_custody boolean, outcome text, outcome_date date';

/**
 * The IOM read model the measures and the retention rule read (no personal data: person ids, dates,
 * categories). A member's row is folded from its stream's events in order and written with the revision it
 * has seen: an event at or below that revision (a batch applied twice) changes nothing. PersonalDataErased
 * marks the person's rows erased (the retention rule then leaves them out); their dated facts stay so that
 * published counts do not change.
 */
export const iomMeasuresProjection: Projection = {
  name: 'iom_measures',
  readsPersonalData: false,
  filter: { categories: ['iom_cohort', 'iom_offender', 'erasure'] },
  tables: ['iom_cohorts', 'iom_members', 'iom_offences'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const cohorts: object[] = [];
    const erased: string[] = [];
    const offenderIds = [
      ...new Set(
        envelopes.filter((envelope) => envelope.streamName.startsWith('iom_offender-')).map((envelope) => streamId(envelope.streamName)),
      ),
    ];
    const loaded: MemberRow[] =
      offenderIds.length === 0
        ? []
        : await manager.query(
            `SELECT offender_id, cohort_id, partnership_id, person_id, on_cohort, last_exited_on::text AS last_exited_on, periods, statuses, strands, last_revision
             FROM iom_members WHERE offender_id = ANY($1)`,
            [offenderIds],
          );
    const members = new Map(loaded.map((row) => [row.offender_id, row]));
    const changed = new Set<string>();
    const newOffences = new Map<string, OffenceRow>();
    const outcomes = new Map<string, { offender_id: string; offence_id: string; outcome: string; outcome_date: string }>();

    for (const envelope of envelopes) {
      if (envelope.event.type === 'PersonalDataErased') {
        erased.push((envelope.event.data as { subjectId?: string }).subjectId ?? streamId(envelope.streamName));
        continue;
      }
      if (envelope.streamName.startsWith('iom_cohort-')) {
        const event = envelope.event as IomCohortEvent;
        const { cohortId, partnershipId, area, name, strands, beforeAfterMonths } = event.data;
        cohorts.push({ cohort_id: cohortId, partnership_id: partnershipId, area, name, strands, before_after_months: beforeAfterMonths });
        continue;
      }
      const event = envelope.event as IomOffenderEvent;
      const offenderId = event.data.offenderId;
      let member = members.get(offenderId);
      if (member && envelope.revision <= member.last_revision) continue;
      if (event.type === 'IomOffenderAdopted') {
        const { data } = event;
        member ??= {
          offender_id: offenderId,
          cohort_id: data.cohortId,
          partnership_id: data.partnershipId,
          person_id: data.personId,
          on_cohort: true,
          last_exited_on: null,
          periods: [],
          statuses: [],
          strands: [],
          last_revision: -1,
        };
        member.on_cohort = true;
        member.periods = [...member.periods, { period: data.period, adoptedOn: data.adoptedOn, exitedOn: null }];
        member.statuses = [...member.statuses, { status: data.status, custodyKind: data.custodyKind, from: data.adoptedOn }];
        member.strands = [...member.strands, { strand: data.strand, from: data.adoptedOn }];
        members.set(offenderId, member);
      }
      if (!member) continue;
      member.last_revision = envelope.revision;
      changed.add(offenderId);
      switch (event.type) {
        case 'IomOffenderAdopted':
          break;
        case 'IomOffenderStatusChanged':
          member.statuses = [
            ...member.statuses,
            { status: event.data.status, custodyKind: event.data.custodyKind, from: event.data.changedOn },
          ];
          break;
        case 'IomOffenderStrandChanged':
          member.strands = [...member.strands, { strand: event.data.strand, from: event.data.changedOn }];
          break;
        case 'IomOffenderExited':
          member.on_cohort = false;
          member.last_exited_on = event.data.exitedOn;
          member.periods = member.periods.map((period) =>
            period.period === event.data.period ? { ...period, exitedOn: event.data.exitedOn } : period,
          );
          member.statuses = [...member.statuses, { status: 'in-community', custodyKind: null, from: event.data.exitedOn }];
          break;
        case 'IomOffenceRecorded': {
          const { data } = event;
          newOffences.set(`${offenderId}/${data.offenceId}`, {
            offender_id: offenderId,
            offence_id: data.offenceId,
            cohort_id: data.cohortId,
            offence_date: data.offenceDate,
            category: data.category,
            neighbourhood_crime: data.neighbourhoodCrime,
            severity_weight: data.severityWeight,
            during_custody: data.duringCustody,
            outcome: data.outcome,
            outcome_date: data.outcomeDate,
          });
          break;
        }
        case 'IomOffenceOutcomeRecorded': {
          const key = `${offenderId}/${event.data.offenceId}`;
          const fresh = newOffences.get(key);
          if (fresh) Object.assign(fresh, { outcome: event.data.outcome, outcome_date: event.data.outcomeDate });
          else
            outcomes.set(key, {
              offender_id: offenderId,
              offence_id: event.data.offenceId,
              outcome: event.data.outcome,
              outcome_date: event.data.outcomeDate,
            });
          break;
        }
        default: {
          const unexpected: never = event;
          throw new Error(`unexpected IOM event ${JSON.stringify(unexpected)}`);
        }
      }
    }

    await bulk(
      manager,
      `INSERT INTO iom_cohorts (cohort_id, partnership_id, area, name, strands, before_after_months)
       SELECT cohort_id, partnership_id, area, name, strands, before_after_months
       FROM ${batchRows('x', 'cohort_id text, partnership_id text, area text, name text, strands jsonb, before_after_months integer')}
       ON CONFLICT (cohort_id) DO NOTHING`,
      cohorts,
    );
    await bulk(
      manager,
      `INSERT INTO iom_members (offender_id, cohort_id, partnership_id, person_id, on_cohort, last_exited_on, periods, statuses, strands, last_revision)
       SELECT offender_id, cohort_id, partnership_id, person_id, on_cohort, last_exited_on, periods, statuses, strands, last_revision
       FROM ${batchRows('x', MEMBER_COLUMNS)}
       ON CONFLICT (offender_id) DO UPDATE SET on_cohort = EXCLUDED.on_cohort, last_exited_on = EXCLUDED.last_exited_on,
         periods = EXCLUDED.periods, statuses = EXCLUDED.statuses, strands = EXCLUDED.strands, last_revision = EXCLUDED.last_revision
       WHERE iom_members.last_revision < EXCLUDED.last_revision`,
      [...changed].map((offenderId) => members.get(offenderId)!),
    );
    await bulk(
      manager,
      `INSERT INTO iom_offences (offender_id, offence_id, cohort_id, offence_date, category, neighbourhood_crime, severity_weight, during_custody, outcome, outcome_date)
       SELECT offender_id, offence_id, cohort_id, offence_date, category, neighbourhood_crime, severity_weight, during_custody, outcome, outcome_date
       FROM ${batchRows('x', OFFENCE_COLUMNS)}
       ON CONFLICT (offender_id, offence_id) DO NOTHING`,
      [...newOffences.values()],
    );
    await bulk(
      manager,
      `UPDATE iom_offences o SET outcome = p.outcome, outcome_date = p.outcome_date
       FROM ${batchRows('p', 'offender_id text, offence_id text, outcome text, outcome_date date')}
       WHERE o.offender_id = p.offender_id AND o.offence_id = p.offence_id`,
      [...outcomes.values()],
    );
    if (erased.length > 0) await manager.query('UPDATE iom_members SET erased = true WHERE person_id = ANY($1)', [erased]);
  },
};
