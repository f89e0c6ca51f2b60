import { CallerCommand } from '@app/access';
import type { ReceiveApplication } from '../../domain/index.js';
import type { ApplicationCommandResult } from '../application-command.js';

/** What the single point of contact logs; the id, the procedure and the bodies told are the server's. */
export type ReceiveApplicationInput = Omit<
  ReceiveApplication,
  'type' | 'today' | 'applicationId' | 'procedure' | 'onBehalfOfVictim' | 'fromNotice'
> & {
  /** The victim-service case on which the victim was told of their right, when the application follows that notice. */
  fromVictimServiceCaseId?: string;
};

/** Log an ASB Case Review application, once, telling every relevant body. */
export class ReceiveApplicationCommand extends CallerCommand<ReceiveApplicationInput, ApplicationCommandResult> {}
