import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SharingShare } from './sharing-share.entity.js';
import { SharingStatusRow } from './sharing-status-row.entity.js';

/** A person's sharing rows and shares, from the read model. */
@Injectable()
export class PersonSharingReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The rows of every record of the person (canonical first, merged duplicates after). */
  async rowsOf(personIds: readonly string[]): Promise<{ statuses: SharingStatusRow[]; shares: SharingShare[] }> {
    const personId = In([...personIds]);
    const [statuses, shares] = await Promise.all([
      this.dataSource.getRepository(SharingStatusRow).find({ where: { personId }, order: { purpose: 'ASC', agency: 'ASC' } }),
      this.dataSource.getRepository(SharingShare).find({ where: { personId }, order: { sharedOn: 'ASC', shareId: 'ASC' } }),
    ]);
    return { statuses, shares };
  }
}
