import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { MaracPanel } from './marac-panel.entity.js';

export interface MaracListing {
  maracId: string;
  partnershipId: string;
  name: string;
  registeredAt: string;
}

/** The registered MARACs of some partnerships (marac_panels), by partnership and name. */
@Injectable()
export class MaracPanelsReader {
  constructor(private readonly dataSource: DataSource) {}

  async maracsOf(partnershipIds: readonly string[]): Promise<MaracListing[]> {
    if (partnershipIds.length === 0) return [];
    const rows = await this.dataSource.getRepository(MaracPanel).find({
      where: { partnershipId: In([...partnershipIds]) },
      order: { partnershipId: 'ASC', name: 'ASC', panelId: 'ASC' },
    });
    return rows.map((row) => ({
      maracId: row.panelId,
      partnershipId: row.partnershipId,
      name: row.name,
      registeredAt: row.registeredAt.toISOString(),
    }));
  }
}
