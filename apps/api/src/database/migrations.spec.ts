import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { migrations } from './migrations';
import { runMigrations } from './migrate';
import { createTestDatabase, TestDatabase, testEngine } from '../testing/test-database';

describe(`migrations on ${testEngine()}`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.config)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tableNames = async (): Promise<string[]> => {
    const rows: { name: string }[] =
      dataSource.options.type === 'postgres'
        ? await dataSource.query(
            `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
          )
        : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
    return rows.map((r) => r.name).sort();
  };

  it('migrate an empty database up, all the way down, and up again', async () => {
    expect(await runMigrations(dataSource)).toHaveLength(migrations.length);
    const upTables = await tableNames();
    expect(upTables).toEqual(expect.arrayContaining(['units']));

    for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tableNames()).toEqual(['migrations']);

    expect(await runMigrations(dataSource)).toHaveLength(migrations.length);
    expect(await tableNames()).toEqual(upTables);
    expect(await runMigrations(dataSource)).toEqual([]);
  });
});
