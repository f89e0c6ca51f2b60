import { boundedContexts } from '@app/contexts';
import { mainOf } from './process-managers-cli.js';

/** `npm run deadlines -- list [<key>] [--json]` */
mainOf(boundedContexts, 'deadlines');
