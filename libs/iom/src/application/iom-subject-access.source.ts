import { Injectable } from '@nestjs/common';
import { ReadModelSubjectAccessSource } from '@app/access';
import { streamName } from '@app/event-store';
import { IOM_OFFENDER_STREAM_CATEGORY } from '../domain/index.js';
import { IomMemberRow } from '../read-models/iom-member-row.entity.js';

/** IOM's part of a subject access export: the person's offender records on every cohort. */
@Injectable()
export class IomSubjectAccessSource extends ReadModelSubjectAccessSource<IomMemberRow> {
  readonly name = 'IOM';
  protected readonly entity = IomMemberRow;
  protected readonly personColumns = ['personId'] as const;

  protected streamOf(row: IomMemberRow): string {
    return streamName(IOM_OFFENDER_STREAM_CATEGORY, row.offenderId);
  }
}
