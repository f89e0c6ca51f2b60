import { Inject, Injectable } from '@nestjs/common';
import { ACCESS_CONFIG, type AccessConfig } from '../config/access-config.js';
import { ageBandOn, suppressSmallCounts, type AgeBand, type Pseudonymiser, type SuppressedCount } from './depersonalise.js';

export const PSEUDONYMISER = Symbol('PSEUDONYMISER');

/** Injectable facade over the depersonalising helpers, with the configured secret and threshold. */
@Injectable()
export class Depersonaliser {
  constructor(
    @Inject(PSEUDONYMISER) private readonly pseudonymiser: Pseudonymiser,
    @Inject(ACCESS_CONFIG) private readonly config: AccessConfig,
  ) {}

  pseudonym(subjectId: string): string {
    return this.pseudonymiser.pseudonymFor(subjectId);
  }

  ageBand(dateOfBirth: string | Date | null | undefined, on: string | Date): AgeBand {
    return ageBandOn(dateOfBirth, on);
  }

  suppress(count: number): SuppressedCount {
    return suppressSmallCounts(count, this.config.smallCountThreshold);
  }

  get smallCountThreshold(): number {
    return this.config.smallCountThreshold;
  }
}
