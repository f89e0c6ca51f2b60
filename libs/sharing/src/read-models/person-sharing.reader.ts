import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SharingShare } from './sharing-share.entity.js';

/** A person's shares, from the read model. */
@Injectable()
export class PersonSharingReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The shares recorded on every record of the person (merged duplicates included), oldest first. */
  sharesOf(personIds: readonly string[]): Promise<SharingShare[]> {
    return this.dataSource
      .getRepository(SharingShare)
      .find({ where: { personId: In([...personIds]) }, order: { sharedOn: 'ASC', shareId: 'ASC' } });
  }
}
