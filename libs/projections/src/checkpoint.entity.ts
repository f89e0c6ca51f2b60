import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far each projection has applied the global log (a position string `commit/prepare`). */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  position: string;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
