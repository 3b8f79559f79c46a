import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { createdUpdatedColumns, idColumn, timestampColumn, versionColumn } from '../migration-helpers';

/**
 * Campaigns ("Đợt cập nhật"), their target units, and one status row per targeted officer, maintained on every
 * change so that compliance reports are aggregate queries over indexed columns.
 */
export class Campaigns1763900004000 implements MigrationInterface {
  name = 'Campaigns1763900004000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          idColumn(),
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'description', type: 'varchar', length: '2000', default: "''" },
          timestampColumn(runner, 'starts_at'),
          timestampColumn(runner, 'deadline_at'),
          { name: 'required_items', type: 'varchar', length: '300' },
          { name: 'status', type: 'varchar', length: '10', default: "'draft'" },
          { name: 'owner_unit_id', type: 'integer' },
          { name: 'created_by', type: 'integer', isNullable: true },
          versionColumn(),
          ...createdUpdatedColumns(runner),
        ],
        foreignKeys: [
          {
            columnNames: ['owner_unit_id'],
            referencedTableName: 'units',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
          {
            columnNames: ['created_by'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ name: 'idx_campaigns_status', columnNames: ['status'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'campaign_targets',
        columns: [
          { name: 'campaign_id', type: 'integer', isPrimary: true },
          { name: 'unit_id', type: 'integer', isPrimary: true },
          { name: 'include_subtree', type: 'boolean', default: true },
        ],
        foreignKeys: [
          {
            columnNames: ['campaign_id'],
            referencedTableName: 'campaigns',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['unit_id'],
            referencedTableName: 'units',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'campaign_officers',
        columns: [
          { name: 'campaign_id', type: 'integer', isPrimary: true },
          { name: 'officer_id', type: 'integer', isPrimary: true },
          { name: 'unit_id', type: 'integer' },
          { name: 'missing', type: 'varchar', length: '300', default: "''" },
          timestampColumn(runner, 'completed_at', { nullable: true }),
          timestampColumn(runner, 'updated_at', { defaultNow: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['campaign_id'],
            referencedTableName: 'campaigns',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['officer_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'idx_campaign_officers_unit', columnNames: ['campaign_id', 'unit_id', 'completed_at'] },
          { name: 'idx_campaign_officers_completed', columnNames: ['campaign_id', 'completed_at'] },
          { name: 'idx_campaign_officers_officer', columnNames: ['officer_id'] },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['campaign_officers', 'campaign_targets', 'campaigns']) await runner.dropTable(table);
  }
}
