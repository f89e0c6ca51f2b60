import type { BoundedContext } from '@app/kit';
import { iomContext } from '@app/iom';
import { maracContext } from '@app/marac';
import { peopleContext } from '@app/people';

/**
 * The composition root: every bounded context the product runs. A new context (ASB, Community
 * Trigger, IOM) is a folder under libs/ that exports a BoundedContext, added to this list.
 */
export const boundedContexts: BoundedContext[] = [peopleContext, maracContext, iomContext];
