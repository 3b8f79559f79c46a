import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, TestDatabase, testEngine } from '../testing/test-database';
import { dataSourceOptions } from './data-source-options';
import { ReadQueries } from './read-queries';
import { placeholders } from './sql-values';

describe(`read-only statements outside transactions on ${testEngine()}`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let reads: ReadQueries;
  const sql = (text: string) => placeholders(dataSource, text);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.config)).initialize();
    const binary = testEngine() === 'postgres' ? 'BYTEA' : 'BLOB';
    await dataSource.query(
      `CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body ${binary}, done BOOLEAN NOT NULL)`,
    );
    reads = new ReadQueries(dataSource);
    reads.onApplicationBootstrap();
  });
  afterAll(async () => {
    await reads.onModuleDestroy();
    await dataSource.destroy();
    await database.drop();
  });

  it('sees every write committed before it, with the same values and types a query on the main connection gives', async () => {
    await dataSource.query(sql('INSERT INTO notes (id, title, body, done) VALUES (?, ?, ?, ?), (?, ?, ?, ?)'), [
      1,
      'Hồ sơ một cửa',
      Buffer.from([0, 1, 255]),
      true,
      2,
      'Biên lai',
      null,
      false,
    ]);
    const text = 'SELECT id, title, body, done FROM notes WHERE done = ? ORDER BY id';
    const viaReader = await reads.query(sql(text), [true]);
    expect(viaReader).toEqual(await dataSource.query(sql(text), [true]));
    expect(viaReader).toHaveLength(1);
    expect(viaReader[0].title).toBe('Hồ sơ một cửa');
    expect(Buffer.isBuffer(viaReader[0].body)).toBe(true);
    expect([...(viaReader[0].body as Buffer)]).toEqual([0, 1, 255]);

    await dataSource.query(sql('UPDATE notes SET title = ? WHERE id = ?'), ['Biên lai điện tử', 2]);
    expect(await reads.query(sql('SELECT title FROM notes WHERE id = ?'), [2])).toEqual([
      { title: 'Biên lai điện tử' },
    ]);
  });

  it('gives a page of rows and how many rows there were in one statement', async () => {
    await dataSource.query(
      `INSERT INTO notes (id, title, done) SELECT 100 + n, 'Ghi chú ' || n, ${testEngine() === 'postgres' ? 'false' : '0'} FROM (${[...Array(30).keys()].map((n) => `SELECT ${n} AS n`).join(' UNION ALL ')}) numbers`,
    );
    const { count, rows } = await reads.querySlice<{ id: number; title: string }>(
      sql('SELECT id, title FROM notes WHERE id >= ? ORDER BY id DESC LIMIT 26'),
      [100],
      10,
      5,
    );
    expect(count).toBe(26);
    expect(rows.map((row) => [Number(row.id), row.title])).toEqual(
      [119, 118, 117, 116, 115].map((id) => [id, `Ghi chú ${id - 100}`]),
    );
    expect(Object.keys(rows[0]).sort()).toEqual(['id', 'title']);
    expect(await reads.querySlice('SELECT id FROM notes WHERE id >= 100 ORDER BY id', [], 40, 5)).toEqual({
      count: 30,
      rows: [],
    });
    expect(await reads.querySlice('SELECT id FROM notes WHERE id < 0', [], 0, 25)).toEqual({ count: 0, rows: [] });
  });

  it('refuses a statement that would write, and reports a bad statement as a query error', async () => {
    await expect(reads.query('DELETE FROM notes')).rejects.toThrow(/read-only/);
    await expect(reads.querySlice('UPDATE notes SET done = ?', [true], 0, 1)).rejects.toThrow(/read-only/);
    await expect(reads.query('SELECT nothing FROM nowhere')).rejects.toBeInstanceOf(QueryFailedError);
    expect((await dataSource.query('SELECT id FROM notes')).length).toBe(32);
    // Still answering after the errors.
    expect(await reads.query(sql('SELECT COUNT(*) AS n FROM notes WHERE id = ?'), [1])).toHaveLength(1);
  });

  it('answers on new connections after the planner statistics are refreshed', async () => {
    await reads.refreshStatistics(['notes']);
    expect((await reads.query(sql('SELECT title FROM notes WHERE id = ?'), [1]))[0].title).toBe('Hồ sơ một cửa');
  });

  if (testEngine() === 'sqlite') {
    it('leaves the event loop free while a long statement runs (SQLite runs it on a reader thread)', async () => {
      // About a second of work for SQLite; on the event loop no timer could fire until it ended.
      const long =
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) SELECT COUNT(*) AS n FROM c';
      let ticks = 0;
      const ticking = setInterval(() => ticks++, 1);
      const [{ n }] = await reads.query<{ n: number }>(long);
      clearInterval(ticking);
      expect(n).toBe(3_000_000);
      expect(ticks).toBeGreaterThan(20);

      ticks = 0;
      const blocking = setInterval(() => ticks++, 1);
      const promise = dataSource.query(long); // the main connection, for contrast
      await promise;
      const duringMainThreadQuery = ticks;
      clearInterval(blocking);
      expect(duringMainThreadQuery).toBe(0);
    });
  }
});
