import { MigrationInterface, QueryRunner } from 'typeorm';
import { timestampColumn } from '../migration-helpers';

const COLUMNS = ['returned_at', 'returned_by', 'return_reason'];

/**
 * A supervisor's "Yêu cầu bổ sung": when, by whom and why a record was sent back to its officer.
 * Added with plain ALTER TABLE on both engines: TypeORM's SQLite addColumn rebuilds the table, which would drop the
 * search triggers on officers. No foreign key on returned_by, so SQLite can drop the column again on revert.
 */
export class RecordSendBack1796415658205 implements MigrationInterface {
  name = 'RecordSendBack1796415658205';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE officers ADD COLUMN returned_at ${timestampColumn(runner, 'returned_at').type} NULL`,
    );
    await runner.query('ALTER TABLE officers ADD COLUMN returned_by integer NULL');
    await runner.query('ALTER TABLE officers ADD COLUMN return_reason varchar(500) NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const column of [...COLUMNS].reverse()) await runner.query(`ALTER TABLE officers DROP COLUMN ${column}`);
  }
}
