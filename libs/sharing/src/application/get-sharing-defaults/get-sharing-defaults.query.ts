import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import { type SharingDefaultsState } from '../../domain/index.js';
import { LAWFUL_BASES, SHARING_PURPOSES, type LawfulBasis, type SharingPurpose } from '@app/people';

export class SharingDefaultView {
  @ApiProperty({ enum: SHARING_PURPOSES, example: 'marac' }) purpose: SharingPurpose;
  @ApiProperty({ type: String, enum: [...LAWFUL_BASES, null], nullable: true, example: 'crime-and-disorder-act-s115' })
  basis: LawfulBasis | null;
}

/** A partnership's default basis for sharing without consent, per purpose (the shipped defaults until an admin sets one). */
export class SharingDefaultsView {
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ type: [SharingDefaultView] }) defaults: SharingDefaultView[];
  @ApiProperty({ type: 'integer', example: 0, description: 'The defaults stream revision (-1 before any change; also the ETag).' })
  revision: number;
}

/** The defaults in force, one per purpose. */
export function defaultsOf(state: SharingDefaultsState): SharingDefaultView[] {
  return SHARING_PURPOSES.map((purpose) => ({ purpose, basis: state[purpose] }));
}

export function defaultsView(partnershipId: string, state: SharingDefaultsState, revision: number): SharingDefaultsView {
  return { partnershipId, defaults: defaultsOf(state), revision };
}

export class GetSharingDefaultsQuery extends CallerQuery<{ partnershipId: string }, SharingDefaultsView> {}
