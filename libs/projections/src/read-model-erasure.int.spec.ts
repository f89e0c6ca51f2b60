import { Entity, PrimaryColumn, Column, type MigrationInterface, type QueryRunner } from 'typeorm';
import { loadConfig } from '@app/platform';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { ensureCheckpoint, holdCheckpoints } from './checkpoints.js';
import { PersonalColumn } from './personal-columns.js';
import type { Projection } from './projection.js';
import { ProjectionsService } from './projections.service.js';
import { ReadModelErasure } from './read-model-erasure.js';

@Entity({ name: 'test_people' })
class TestPerson {
  @PrimaryColumn({ type: 'text', name: 'row_id' })
  rowId: string;

  @Column({ type: 'text', name: 'person_id' })
  personId: string;

  @Column({ type: 'text', name: 'helper_id' })
  helperId: string;

  @PersonalColumn({ subject: 'personId' })
  name: string | null;

  @PersonalColumn({ name: 'home_address', subject: 'personId' })
  homeAddress: string | null;

  /** About another subject of the same row. */
  @PersonalColumn({ name: 'helper_name', subject: 'helperId' })
  helperName: string | null;
}

class TestPeople1765900000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE TABLE test_people (row_id text PRIMARY KEY, person_id text NOT NULL, helper_id text NOT NULL, name text, home_address text, helper_name text)',
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE test_people');
  }
}

const peopleProjection: Projection = {
  name: 'test_people',
  filter: { categories: ['test_person', 'erasure'] },
  tables: ['test_people'],
  apply: () => Promise.resolve(),
};

describe('ReadModelErasure: personal columns blanked in the read models directly', () => {
  let platform: TestPlatform;
  let erasure: ReadModelErasure;
  const rows = async () =>
    (await platform.dataSource.getRepository(TestPerson).find({ order: { rowId: 'ASC' } })).map(
      ({ rowId, name, homeAddress, helperName }) => ({
        rowId,
        name,
        homeAddress,
        helperName,
      }),
    );

  beforeAll(async () => {
    platform = await openTestPlatform({ entities: [TestPerson], migrations: [TestPeople1765900000000] });
    const projections = new ProjectionsService(
      platform.dataSource,
      platform.store,
      platform.codec,
      loadConfig({ RUN_PROJECTIONS: 'false' }),
      [{ projections: [peopleProjection] }],
    );
    erasure = new ReadModelErasure(platform.dataSource, projections);
    await ensureCheckpoint(platform.dataSource, peopleProjection.name);
  });
  afterAll(async () => {
    await platform?.dispose();
  });
  beforeEach(async () => {
    await platform.dataSource.query('DELETE FROM test_people');
    await platform.dataSource.getRepository(TestPerson).insert([
      { rowId: 'r1', personId: 'ann', helperId: 'bob', name: 'Ann', homeAddress: '1 Road', helperName: 'Bob' },
      { rowId: 'r2', personId: 'bob', helperId: 'ann', name: 'Bob', homeAddress: '2 Road', helperName: 'Ann' },
      { rowId: 'r3', personId: 'cat', helperId: 'bob', name: 'Cat', homeAddress: null, helperName: 'Bob' },
    ]);
  });

  it('blanks every personal column about the subject, in whichever column names them, and nothing else; again, nothing changes', async () => {
    expect(erasure.writersOfPersonalColumns()).toEqual(['test_people']);
    await erasure.erase(['ann']);
    const expected = [
      { rowId: 'r1', name: null, homeAddress: null, helperName: 'Bob' },
      { rowId: 'r2', name: 'Bob', homeAddress: '2 Road', helperName: null },
      { rowId: 'r3', name: 'Cat', homeAddress: null, helperName: 'Bob' },
    ];
    expect(await rows()).toEqual(expected);
    await erasure.erase(['ann']);
    expect(await rows()).toEqual(expected);
  });

  it('waits for a batch being written to commit, then blanks what it wrote', async () => {
    const batch = platform.dataSource.createQueryRunner();
    await batch.connect();
    await batch.startTransaction();
    await holdCheckpoints(batch.manager, [peopleProjection.name]);
    await batch.manager
      .getRepository(TestPerson)
      .insert({ rowId: 'r4', personId: 'ann', helperId: 'cat', name: 'Ann', homeAddress: '1 Road', helperName: 'Cat' });

    let done = false;
    const erasing = erasure.erase(['ann']).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(false);
    await batch.commitTransaction();
    await batch.release();
    await erasing;
    expect((await rows()).find((row) => row.rowId === 'r4')).toEqual({ rowId: 'r4', name: null, homeAddress: null, helperName: 'Cat' });
  });
});
