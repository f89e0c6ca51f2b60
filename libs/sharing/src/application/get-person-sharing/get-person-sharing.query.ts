import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import { DateProperty } from '@app/periods';
import { SharingDefaultView } from '../get-sharing-defaults/get-sharing-defaults.query.js';
import { LAWFUL_BASES, SHARING_PURPOSES, type LawfulBasis, type SharingPurpose, SharingStatusView } from '@app/people';

export class ShareView {
  @ApiProperty({ format: 'uuid' }) shareId: string;
  @ApiProperty({ example: 'housing' }) agency: string;
  @ApiProperty({ enum: SHARING_PURPOSES, example: 'marac' }) purpose: SharingPurpose;
  @DateProperty({ example: '2026-06-10' }) on: string;
  @ApiProperty({ enum: ['consent', 'basis', 'default-basis'], example: 'default-basis' }) standing: 'consent' | 'basis' | 'default-basis';
  @ApiProperty({ type: String, enum: [...LAWFUL_BASES, null], nullable: true }) basis: LawfulBasis | null;
  @ApiProperty({ example: 'coordinator-7' }) recordedBy: string;
}

/**
 * A person's sharing record: each agency and purpose something was recorded for, with how it stands now; the
 * partnership's defaults (which every other agency stands on); and the shares recorded.
 */
export class PersonSharing {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ type: [SharingStatusView] }) recorded: SharingStatusView[];
  @ApiProperty({ type: [SharingDefaultView], description: "The partnership's default basis per purpose." }) defaults: SharingDefaultView[];
  @ApiProperty({ type: [ShareView] }) shares: ShareView[];
}

export class GetPersonSharingQuery extends CallerQuery<{ personId: string }, PersonSharing> {}
