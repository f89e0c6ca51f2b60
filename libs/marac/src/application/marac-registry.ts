import { Injectable } from '@nestjs/common';
import { noteAudit, partnershipsOf, type Caller } from '@app/access';
import { CommandExecutor, streamName, type CommandContext } from '@app/event-store';
import type { IsoDate } from '@app/periods';
import {
  assertKnownMarac,
  MARAC_PANEL_STREAM_CATEGORY,
  MARAC_SETTINGS_STREAM_CATEGORY,
  maracPanelDecider,
  maracSettingsDecider,
  maracSettingsInForceOn,
  type MaracPanelCommand,
  type MaracSettings,
  type RegisteredMaracState,
} from '../domain/index.js';

/**
 * The MARAC registry and settings as commands and queries about one MARAC need them, read from their
 * streams rather than from marac_panels / marac_settings_history: a read model lags, so a referral made just
 * after an admin registered its MARAC would be refused, and a referral's call-out threshold is recorded
 * for good in its VictimReferred event, so it must not come from settings a moment old.
 */
@Injectable()
export class MaracRegistry {
  constructor(private readonly executor: CommandExecutor) {}

  /**
   * The MARAC's partnership: 404 "There is no such MARAC." unless it is registered and one of the caller's
   * partnerships runs it; 409 when a record names another partnership than the MARAC's.
   */
  async partnershipOfMarac(caller: Caller, maracId: string, recordPartnershipId?: string): Promise<string> {
    const { state } = await this.executor.load(streamName(MARAC_PANEL_STREAM_CATEGORY, maracId), maracPanelDecider);
    return assertKnownMarac(state, partnershipsOf(caller), recordPartnershipId);
  }

  /**
   * An admin's change to a registered MARAC (rename, own settings): 404 unless one of the caller's
   * partnerships runs it, checked on the state the change is decided on. Answers the MARAC as it is after.
   */
  async changeMarac(
    caller: Caller,
    context: CommandContext,
    maracId: string,
    command: MaracPanelCommand,
    expectedRevision?: number,
  ): Promise<{ marac: RegisteredMaracState; revision: number }> {
    const result = await this.executor.handle(
      streamName(MARAC_PANEL_STREAM_CATEGORY, maracId),
      maracPanelDecider,
      (state) => maracPanelDecider.decide(command, state),
      {
        context,
        expectedRevision,
        revealPersonalData: false,
        admit: (state) => {
          noteAudit({
            recordKind: 'marac',
            recordId: maracId,
            partnershipId: state.status === 'registered' ? state.partnershipId : undefined,
          });
          return { partnershipId: assertKnownMarac(state, partnershipsOf(caller)) };
        },
      },
    );
    if (result.state.status !== 'registered') throw new Error('a change to a MARAC left it unregistered');
    return { marac: result.state, revision: result.revision };
  }

  /** A partnership's settings in force on a day (the police call-out threshold is a partnership's, never a MARAC's own). */
  async partnershipSettingsOn(partnershipId: string, date: IsoDate): Promise<MaracSettings> {
    const { state } = await this.executor.load(streamName(MARAC_SETTINGS_STREAM_CATEGORY, partnershipId), maracSettingsDecider);
    return maracSettingsInForceOn({ partnership: state.changes, marac: [] }, date);
  }
}
