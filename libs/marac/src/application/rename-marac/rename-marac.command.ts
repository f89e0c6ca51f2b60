import { CallerCommand } from '@app/access';
import type { MaracRegistration } from '../register-marac/register-marac.command.js';

/** Rename a MARAC (admins), e.g. one the upgrade registered under its id. */
export class RenameMaracCommand extends CallerCommand<{ maracId: string; name: string }, MaracRegistration> {}
