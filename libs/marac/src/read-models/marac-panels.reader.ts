import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { DateTimeProperty } from '@app/periods';
import { EXAMPLE_MARAC_ID, EXAMPLE_PARTNERSHIP_ID } from '../application/examples.js';
import { MaracPanel } from './marac-panel.entity.js';

export class MaracListing {
  @ApiProperty({ example: EXAMPLE_MARAC_ID })
  maracId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID })
  partnershipId: string;
  @ApiProperty({ example: 'Demo MARAC north' })
  name: string;
  @DateTimeProperty({ example: '2026-06-01T09:00:00.000Z' })
  registeredAt: string;
}

/** The MARACs registered in some partnerships, by partnership and name. */
export class MaracList {
  @ApiProperty({ type: [MaracListing] })
  maracs: MaracListing[];
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
