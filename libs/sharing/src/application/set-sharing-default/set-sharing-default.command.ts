import { CallerCommand } from '@app/access';
import type { SharingDefaultsView } from '../get-sharing-defaults/get-sharing-defaults.query.js';
import { type LawfulBasis, type SharingPurpose } from '@app/people';

/** An admin sets (or, with null, clears) the partnership's default basis for sharing without consent for a purpose. */
export class SetSharingDefaultCommand extends CallerCommand<
  { partnershipId: string; purpose: SharingPurpose; basis: LawfulBasis | null },
  SharingDefaultsView
> {}
