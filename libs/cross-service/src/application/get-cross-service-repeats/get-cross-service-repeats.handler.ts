import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Depersonaliser, isSuppressed, suppressTable } from '@app/access';
import { financialQuarterLabel, rangeOfFinancialYear } from '@app/periods';
import { CROSS_SERVICE_WINDOW_MONTHS, crossServiceRepeats, crossServiceTable } from '../../domain/index.js';
import { ServiceContactsReader } from '../../read-models/service-contacts.reader.js';
import { admitPartnership } from '../cross-service-access.js';
import { GetCrossServiceRepeatsQuery, type CrossServiceRepeatTable } from './get-cross-service-repeats.query.js';

export const CROSS_SERVICE_DEFINITION =
  'A second measure beside the SafeLives repeat rate, which stays as SafeLives defines it (within MARAC: the same victim and ' +
  'perpetrator(s) within 12 months of the last referral). This one counts people who were victims in two services of the ' +
  'partnership (MARAC, each kind of victim service, the ASB Case Review) within 12 months of each other, whoever the perpetrator, ' +
  'once per pair, in the quarter of the second contact; a contact is a MARAC referral, a victim-service referral or a Case Review ' +
  'application naming the person as the victim.';

/**
 * The published table: pairs x quarters with the year and column totals as margins, suppressed as one table
 * (`suppressTable`), the medians published only beside a count that is.
 */
@QueryHandler(GetCrossServiceRepeatsQuery)
export class GetCrossServiceRepeatsHandler implements IQueryHandler<GetCrossServiceRepeatsQuery> {
  constructor(
    private readonly reader: ServiceContactsReader,
    private readonly depersonaliser: Depersonaliser,
  ) {}

  async execute({ caller, input: { partnershipId, financialYear } }: GetCrossServiceRepeatsQuery): Promise<CrossServiceRepeatTable> {
    admitPartnership(caller, partnershipId);
    const contacts = await this.reader.contactsOf(partnershipId, rangeOfFinancialYear(financialYear).to);
    const figures = crossServiceTable(crossServiceRepeats(contacts), financialYear);
    const threshold = this.depersonaliser.smallCountThreshold;
    const table =
      figures.length === 0
        ? null
        : suppressTable(
            figures.map((row) => row.people.slice(0, 4)),
            threshold,
          );
    return {
      measure: 'cross_service.repeat_victimisation',
      partnershipId,
      financialYear,
      columns: [...([1, 2, 3, 4] as const).map((q) => financialQuarterLabel(financialYear, q)), financialYear],
      windowMonths: CROSS_SERVICE_WINDOW_MONTHS,
      definition: CROSS_SERVICE_DEFINITION,
      pairs: figures.map((row, r) => {
        const people = table!.cells[r];
        return {
          services: row.services,
          people,
          medianDays: row.medianDays.map((days, c) => (isSuppressed(people[c]) ? 'suppressed' : days)),
        };
      }),
      totals: table ? table.cells[figures.length] : [0, 0, 0, 0, 0],
      smallCountThreshold: threshold,
    };
  }
}
