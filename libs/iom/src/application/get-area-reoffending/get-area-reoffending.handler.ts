import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  assertCallerMayAccess,
  assertCallerRole,
  Depersonaliser,
  noteAudit,
  seesDepersonalisedOnly,
  suppressTable,
  type TableCell,
} from '@app/access';
import { areaReoffending, type AreaReoffending } from '../../domain/index.js';
import type { AreaReoffendingView } from '../../read-models/iom-area-reoffending.views.js';
import { IomMeasuresReader } from '../../read-models/iom-measures.reader.js';
import type { AreaReoffendingReport } from '../../read-models/iom-area-reoffending.views.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { GetAreaReoffendingQuery } from './get-area-reoffending.query.js';

/**
 * Analysts' view of one area: counts 1 to threshold-1 as `<threshold`; the offences column is published with
 * its total (the period's offences), so it is suppressed as a table with that margin. The monthly counts of
 * people are not summed anywhere (a person offends in several months), so primary suppression holds them.
 */
function suppressed(figures: AreaReoffending, threshold: number): Omit<AreaReoffendingView, 'area' | 'cohortIds'> {
  const primary = (count: number): TableCell => (count > 0 && count < threshold ? `<${threshold}` : count);
  const offences = suppressTable(
    figures.months.map((month) => [month.offences]),
    threshold,
  ).cells.map((row) => row[0]);
  return {
    measure: figures.measure,
    months: figures.months.map((month, i) => ({
      month: month.month,
      membersAtMonthEnd: primary(month.membersAtMonthEnd),
      membersWhoOffended: primary(month.membersWhoOffended),
      offences: offences[i],
    })),
    members: primary(figures.members),
    membersWhoOffended: primary(figures.membersWhoOffended),
    offences: offences[figures.months.length],
  };
}

@QueryHandler(GetAreaReoffendingQuery)
export class GetAreaReoffendingHandler implements IQueryHandler<GetAreaReoffendingQuery> {
  constructor(
    private readonly reader: IomMeasuresReader,
    private readonly depersonaliser: Depersonaliser,
  ) {}

  async execute({ caller, input }: GetAreaReoffendingQuery): Promise<AreaReoffendingReport> {
    assertCallerRole(caller, 'iom-lead', 'analyst');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    noteAudit({ recordKind: 'iom_area_reoffending', recordId: input.partnershipId, partnershipId: input.partnershipId });
    const depersonalised = seesDepersonalisedOnly(caller);
    const { from, to } = input.period;
    const areas = await Promise.all(
      (await this.reader.cohortsByArea(input.partnershipId)).map(async ({ area, cohortIds }): Promise<AreaReoffendingView> => {
        const figures = areaReoffending({ from, to, members: await this.reader.people(input.partnershipId, cohortIds) });
        return { area, cohortIds, ...(depersonalised ? suppressed(figures, this.depersonaliser.smallCountThreshold) : figures) };
      }),
    );
    return { partnershipId: input.partnershipId, period: input.period.label, from, to, depersonalised, areas };
  }
}
