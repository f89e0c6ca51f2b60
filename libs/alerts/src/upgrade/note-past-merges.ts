import { deriveId, positionToString, type EventEnvelope } from '@app/event-store';
import { passOverLog, type ContextUpgrade, type UpgradeDependencies } from '@app/kit';
import { PERSON_MERGES_STREAM_CATEGORY, type PersonMergesEvent } from '@app/people';
import { watchMergeOf, watchMergesDecider } from '../domain/index.js';
import { watchMergesStream } from '../application/alert-streams.js';

const STEP = 'upgrade_alert_watch_merges';
const ACTOR = 'system:upgrade';

/**
 * The start-up upgrade that came with the alert rules following merges: merges recorded before it are behind
 * the alert rules' checkpoint, so they are noted here on the alerts' copy of each partnership's merges, at
 * their own log positions (checks read the merges before their event's position, so these read as they
 * happened). The ledger events after the checkpoint are noted by the process manager as well; a ledger event
 * is noted once whoever notes it first (same position and record), and the copy is read in log order. Reads
 * the log from its own checkpoint under a lock (`passOverLog`), so it is safe at every start and from several
 * processes. No alert is raised for these: they are history.
 */
export async function notePastMerges(dependencies: UpgradeDependencies): Promise<{ mergesNoted: number }> {
  let noted = 0;
  const visit = async (envelope: EventEnvelope) => {
    const event = envelope.event as PersonMergesEvent;
    if (event.type !== 'PersonMergedInto' && event.type !== 'PersonUnmerged') return;
    const change = watchMergeOf(event, positionToString(envelope.position));
    const commandId = deriveId(STEP, envelope.metadata.eventId);
    const outcome = await dependencies.executor.handle(
      watchMergesStream(event.data.partnershipId),
      watchMergesDecider,
      (state) => watchMergesDecider.decide({ type: 'NoteWatchMerge', change }, state),
      {
        context: {
          commandId,
          correlationId: commandId,
          causationId: envelope.metadata.eventId,
          actor: ACTOR,
          occurredAt: dependencies.occurredAt,
          partnershipId: event.data.partnershipId,
        },
        revealPersonalData: false,
      },
    );
    if (outcome.events.length > 0 && !outcome.replayed) noted++;
  };
  return passOverLog(dependencies, { name: STEP, categories: [PERSON_MERGES_STREAM_CATEGORY] }, visit, () => ({ mergesNoted: noted }));
}

/** The alerts context's start-up upgrade for merges (BoundedContext.upgrades). */
export const alertWatchMergesUpgrade: ContextUpgrade = { name: 'alert-watch-merges', run: notePastMerges };
