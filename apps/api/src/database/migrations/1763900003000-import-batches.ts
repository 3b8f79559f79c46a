import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { timestampColumn } from '../migration-helpers';

/** One committed import: the activation codes of the accounts it created, encrypted, until downloaded once. */
export class ImportBatches1763900003000 implements MigrationInterface {
  name = 'ImportBatches1763900003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'import_batches',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'created_by', type: 'integer' },
          { name: 'created_count', type: 'integer' },
          { name: 'codes_encrypted', type: 'text', isNullable: true },
          timestampColumn(runner, 'downloaded_at', { nullable: true }),
          timestampColumn(runner, 'created_at', { defaultNow: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['created_by'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('import_batches');
  }
}
