import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { MaracSettingsHistory } from '../domain/index.js';
import { MaracSettingsChange } from './marac-settings-change.entity.js';

/** Which settings a figure needs: a partnership's, and one MARAC's own over them (none for a partnership-wide figure). */
export interface SettingsOwner {
  partnershipId: string;
  maracId?: string;
}

/**
 * The settings history of partnerships and MARACs from marac_settings_history, for reports: a figure
 * for a period uses the settings in force then (maracSettingsInForceForPeriod). Read from the read model,
 * like the figures themselves, so a report is consistent with the log position it was built to.
 */
@Injectable()
export class MaracSettingsReader {
  constructor(private readonly dataSource: DataSource) {}

  async historyOf(owner: SettingsOwner): Promise<MaracSettingsHistory> {
    return (await this.historiesOf([owner]))[0];
  }

  /** Each owner's history, in one query, in the order the owners were given. */
  async historiesOf(owners: readonly SettingsOwner[]): Promise<MaracSettingsHistory[]> {
    if (owners.length === 0) return [];
    const partnershipIds = [...new Set(owners.map((owner) => owner.partnershipId))];
    const rows = await this.dataSource.getRepository(MaracSettingsChange).find({
      where: { partnershipId: In(partnershipIds) },
      order: { ownerKind: 'ASC', ownerId: 'ASC', revision: 'ASC' },
    });
    const changesOf = (kind: 'partnership' | 'panel', id: string | undefined) =>
      rows
        .filter((row) => row.ownerKind === kind && row.ownerId === id)
        .map((row) => ({ effectiveFrom: row.effectiveFrom, changes: row.changes }));
    return owners.map((owner) => ({
      partnership: changesOf('partnership', owner.partnershipId),
      marac: changesOf('panel', owner.maracId),
    }));
  }
}
