import type { AlertKind, CrossServiceMatch, WatchRule } from '../domain/index.js';
import type { RaiseAlertInput } from './raise-alert/raise-alert.command.js';

const KIND_OF_RULE: Record<WatchRule, AlertKind> = {
  'victim-elsewhere': 'marac-victim-in-other-service',
  offending: 'marac-perpetrator-offending-in-iom',
};

/** The alert slot of a MARAC case and another service's contact: one per case, source kind and occurrence. */
export function crossServiceSlot({ maracCase, contact }: CrossServiceMatch): { kind: AlertKind; about: string } {
  return { kind: KIND_OF_RULE[contact.rule], about: `${maracCase.caseId}:${contact.source.kind}:${contact.occurrence}` };
}

/**
 * The cross-service alert of a match, for the partnership's MARAC coordinators, about the MARAC case: the same
 * slot whether the contact's own check found it or a merge did later, so it is raised once.
 */
export function crossServiceAlertOf(match: CrossServiceMatch, causedAt: string): RaiseAlertInput {
  const { caseId } = match.maracCase;
  return {
    ...crossServiceSlot(match),
    partnershipId: match.contact.partnershipId,
    record: { kind: 'marac_case', id: caseId },
    audience: { kind: 'role', role: 'coordinator' },
    link: `/marac/cases/${caseId}`,
    dueOn: match.contact.on,
    timing: { rule: 'now' },
    causedAt,
  };
}
