import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CanonicalPersonIdsQuery } from '@app/people';
import type { ServiceContact } from '../domain/index.js';
import { CrossServiceContact } from './cross-service-contact.entity.js';

/** A partnership's victims' contacts with its services, each person as the person they are now (merges followed). */
@Injectable()
export class ServiceContactsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queryBus: QueryBus,
  ) {}

  async contactsOf(partnershipId: string, upTo: string): Promise<ServiceContact[]> {
    const rows = await this.dataSource
      .getRepository(CrossServiceContact)
      .createQueryBuilder('c')
      .where('c.partnership_id = :partnershipId', { partnershipId })
      .andWhere('c.first_contact_on <= :upTo', { upTo })
      .getMany();
    if (rows.length === 0) return [];
    const canonical = await this.queryBus.execute(
      new CanonicalPersonIdsQuery({ partnershipId, personIds: [...new Set(rows.map((r) => r.personId))] }),
    );
    return rows.map((r) => ({ personId: canonical[r.personId], service: r.service, on: r.firstContactOn }));
  }
}
