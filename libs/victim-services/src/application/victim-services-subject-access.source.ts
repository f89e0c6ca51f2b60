import { Injectable } from '@nestjs/common';
import { ReadModelSubjectAccessSource } from '@app/access';
import { VsCase } from '../read-models/victim-services.entities.js';
import { vsCaseStream } from './vs-common.js';

/** Victim services' part of a subject access export: the cases of the person as the victim. */
@Injectable()
export class VictimServicesSubjectAccessSource extends ReadModelSubjectAccessSource<VsCase> {
  readonly name = 'Victim services';
  protected readonly entity = VsCase;
  protected readonly personColumns = ['personId'] as const;

  protected streamOf(row: VsCase): string {
    return vsCaseStream(row.caseId);
  }
}
