import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit, partnershipsOf, seesDepersonalisedOnly } from '@app/access';
import { IomMeasuresReader } from '../../read-models/iom-measures.reader.js';
import type { EveryCohortMeasuresReport } from '../../read-models/iom-measures.views.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { GetEveryCohortMeasuresQuery } from './get-every-cohort-measures.query.js';

@QueryHandler(GetEveryCohortMeasuresQuery)
export class GetEveryCohortMeasuresHandler implements IQueryHandler<GetEveryCohortMeasuresQuery> {
  constructor(private readonly reader: IomMeasuresReader) {}

  async execute({ caller, input }: GetEveryCohortMeasuresQuery): Promise<EveryCohortMeasuresReport> {
    assertCallerRole(caller, 'iom-lead', 'analyst');
    if (input.partnershipId !== undefined) {
      // Audited under the partnership asked for, before the check, as a refused cohort is.
      noteAudit({ recordKind: 'iom_cohort_measures', recordId: input.partnershipId, partnershipId: input.partnershipId });
      assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    } else noteAudit({ recordKind: 'iom_cohort_measures' });
    const partnershipIds = input.partnershipId !== undefined ? [input.partnershipId] : partnershipsOf(caller).sort();
    const { label, from, to } = input.period;
    return {
      partnershipIds,
      period: label,
      from,
      to,
      asOf: input.asOf,
      depersonalised: seesDepersonalisedOnly(caller),
      cohorts: await this.reader.everyCohortMeasures(caller, partnershipIds, input.period, input.asOf),
    };
  }
}
