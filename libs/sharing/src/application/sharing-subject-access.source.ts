import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SubjectAccessSources, type SubjectAccessSource } from '@app/access';
import { sharingStream } from './sharing-streams.js';

/** Consent and sharing's part of a subject access export: the person's sharing stream (one per record). */
@Injectable()
export class SharingSubjectAccessSource implements SubjectAccessSource, OnModuleInit {
  readonly name = 'Consent and sharing';

  constructor(private readonly sources: SubjectAccessSources) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  streamsAbout(personIds: readonly string[]): Promise<string[]> {
    return Promise.resolve(personIds.map(sharingStream));
  }
}
