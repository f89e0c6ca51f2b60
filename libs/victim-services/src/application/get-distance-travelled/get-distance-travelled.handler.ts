import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, Depersonaliser, hasRole, noteAudit, publishedRatio } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { percentage, summariseDistance } from '../../domain/index.js';
import { DistanceTravelledReader } from '../../read-models/distance-travelled.reader.js';
import { admitService } from '../vs-common.js';
import { victimServicesSettingsFor } from '../vs-settings-in-force.js';
import { GetDistanceTravelledQuery, type DistanceTravelledReport } from './get-distance-travelled.query.js';

/**
 * Distance travelled of the cases closed in the period. Analysts get the published view: counts 1 to
 * threshold-1 shown as "<n", and an average or percentage over a count under the threshold suppressed with it.
 */
@QueryHandler(GetDistanceTravelledQuery)
export class GetDistanceTravelledHandler implements IQueryHandler<GetDistanceTravelledQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: DistanceTravelledReader,
    private readonly depersonaliser: Depersonaliser,
  ) {}

  async execute({ caller, input }: GetDistanceTravelledQuery): Promise<DistanceTravelledReport> {
    assertCallerRole(caller, 'service-manager', 'admin', 'analyst');
    const service = await admitService(this.executor, caller, input.serviceId);
    noteAudit({ recordKind: 'victim_service', recordId: service.serviceId, partnershipId: service.partnershipId });
    const cases = await this.reader.scoredCases(service.serviceId, { closedIn: input.period });
    const { outcomeDomains } = await victimServicesSettingsFor(this.executor, service.partnershipId, input.period);
    const summary = summariseDistance(cases, input.period, outcomeDomains);
    const published = !hasRole(caller, 'service-manager', 'admin');
    const count = (n: number) => (published ? this.depersonaliser.suppress(n) : n);
    const over = (n: number, value: number | null) =>
      published && n > 0 && n < this.depersonaliser.smallCountThreshold ? 'suppressed' : value;
    return {
      serviceId: service.serviceId,
      period: input.period.label,
      view: published ? 'published' : 'exact',
      casesMeasured: count(summary.casesMeasured),
      casesImproved: count(summary.casesImproved),
      pctImproved: published
        ? publishedRatio(
            count(summary.casesImproved),
            count(summary.casesMeasured),
            percentage(summary.casesImproved, summary.casesMeasured),
          )
        : percentage(summary.casesImproved, summary.casesMeasured),
      domains: summary.domains.map((d) => ({
        domain: d.domain,
        cases: count(d.cases),
        averageFirst: over(d.cases, d.averageFirst),
        averageLast: over(d.cases, d.averageLast),
        averageChange: over(d.cases, d.averageChange),
      })),
    };
  }
}
