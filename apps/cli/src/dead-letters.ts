import { boundedContexts } from '@app/contexts';
import { mainOf } from './process-managers-cli.js';

/** `npm run dead-letters -- list [--all] [--json] | replay <id>` */
mainOf(boundedContexts, 'dead-letters');
