import type { BoundedContext } from '@app/kit';
import { alertsContext } from '@app/alerts';
import { caseReviewContext } from '@app/case-review';
import { crossServiceContext } from '@app/cross-service';
import { iomContext } from '@app/iom';
import { maracContext } from '@app/marac';
import { peopleContext } from '@app/people';
import { sharingContext } from '@app/sharing';
import { victimServicesContext } from '@app/victim-services';

/**
 * The composition root: every bounded context the product runs. A new context (ASB, Community
 * Trigger, IOM) is a folder under libs/ that exports a BoundedContext, added to this list.
 */
export const boundedContexts: BoundedContext[] = [
  peopleContext,
  sharingContext,
  maracContext,
  caseReviewContext,
  victimServicesContext,
  iomContext,
  crossServiceContext,
  alertsContext,
];
