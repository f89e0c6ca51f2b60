import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Depersonaliser } from '@app/access';
import { quarterOf, rangeOfFinancialYear } from '@app/periods';
import { ServiceContactsReader } from '../../read-models/service-contacts.reader.js';
import { admitPartnership } from '../cross-service-access.js';
import { ListCrossServiceVictimsQuery, type CrossServiceVictim, type CrossServiceVictims } from './list-cross-service-victims.query.js';

const quarterLabel = (date: string) => {
  const q = quarterOf(date);
  return `${q.financialYear}-Q${q.quarter}`;
};

@QueryHandler(ListCrossServiceVictimsQuery)
export class ListCrossServiceVictimsHandler implements IQueryHandler<ListCrossServiceVictimsQuery> {
  constructor(
    private readonly reader: ServiceContactsReader,
    private readonly depersonaliser: Depersonaliser,
  ) {}

  async execute({ caller, input: { partnershipId, financialYear } }: ListCrossServiceVictimsQuery): Promise<CrossServiceVictims> {
    admitPartnership(caller, partnershipId);
    const year = rangeOfFinancialYear(financialYear);
    const firsts = new Map<string, Map<string, string>>();
    const inYear = new Set<string>();
    for (const contact of await this.reader.contactsOf(partnershipId, year.to)) {
      const services = firsts.get(contact.personId) ?? new Map<string, string>();
      const earlier = services.get(contact.service);
      if (earlier === undefined || contact.on < earlier) services.set(contact.service, contact.on);
      firsts.set(contact.personId, services);
      if (contact.on >= year.from) inYear.add(contact.personId);
    }
    const people: CrossServiceVictim[] = [...firsts]
      .filter(([personId, services]) => services.size > 1 && inYear.has(personId))
      .map(([personId, services]) => ({
        pseudonym: this.depersonaliser.pseudonym(personId),
        services: [...services]
          .sort(([a, on], [b, other]) => on.localeCompare(other) || a.localeCompare(b))
          .map(([service, on]) => ({ service, firstContactQuarter: quarterLabel(on) })),
      }))
      .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
    return { partnershipId, financialYear, people };
  }
}
