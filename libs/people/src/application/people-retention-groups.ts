import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RetentionService, type RetentionSubjectGroups } from '@app/access';
import { PeopleRecords } from './people-records.js';

/**
 * Tells the retention sweep which person records read as one person (merged duplicates), so it erases a
 * person only when no context still needs any of their records, and then all of them. A subject that is
 * no person record (none is written without one today) stands alone.
 */
@Injectable()
export class PeopleRetentionGroups implements RetentionSubjectGroups, OnModuleInit {
  constructor(
    private readonly retention: RetentionService,
    private readonly records: PeopleRecords,
  ) {}

  onModuleInit(): void {
    this.retention.registerSubjectGroups(this);
  }

  async groupsOf(subjectIds: readonly string[]): Promise<string[][]> {
    return Promise.all(
      subjectIds.map(async (subjectId) => {
        const { partnershipId } = await this.records.stateOf(subjectId);
        return partnershipId === null ? [subjectId] : (await this.records.resolveIn(partnershipId, subjectId)).recordIds;
      }),
    );
  }
}
