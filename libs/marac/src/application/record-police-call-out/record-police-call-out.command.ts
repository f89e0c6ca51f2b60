import { CallerCommand } from '@app/access';
import type { RecordPoliceCallOut } from '../../domain/index.js';

export type RecordPoliceCallOutInput = Omit<RecordPoliceCallOut, 'type' | 'today' | 'callOutId'> & {
  partnershipId: string;
  callOutId?: string;
};

export interface PoliceCallOutResult {
  personId: string;
  callOutId: string;
  policeCallOuts: number;
  revision: number;
}

/**
 * A police call-out to a victim (potential escalation), recorded under the partnership the caller
 * names; the call-out id defaults to one derived from the command id.
 */
export class RecordPoliceCallOutCommand extends CallerCommand<RecordPoliceCallOutInput, PoliceCallOutResult> {}
