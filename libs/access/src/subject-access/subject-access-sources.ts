import { Injectable } from '@nestjs/common';

/**
 * A context's part of a subject access export. A context registers one in its module (`sources.register(this)`
 * in onModuleInit), as it registers its retention rule: the export then covers every context without knowing them.
 */
export interface SubjectAccessSource {
  /** The context, as the export names it (`MARAC`, `Victim services`, ...). */
  name: string;
  /** The streams of this context that hold records about any of these person record ids (one person: a merge group). */
  streamsAbout(personIds: readonly string[], partnershipId: string): Promise<string[]>;
}

/** The registered sources of the subject access export. */
@Injectable()
export class SubjectAccessSources {
  private readonly sources: SubjectAccessSource[] = [];

  register(source: SubjectAccessSource): void {
    this.sources.push(source);
  }

  all(): readonly SubjectAccessSource[] {
    return this.sources;
  }
}
