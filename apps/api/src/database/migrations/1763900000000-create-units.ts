import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { binaryTextColumn, createdUpdatedColumns, idColumn, versionColumn } from '../migration-helpers';

/** The unit tree (tỉnh → sở / UBND huyện / UBND xã → phòng …), as a materialised path of ids. */
export class CreateUnits1763900000000 implements MigrationInterface {
  name = 'CreateUnits1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'units',
        columns: [
          idColumn(),
          { name: 'code', type: 'varchar', length: '50', isUnique: true },
          { name: 'name', type: 'varchar', length: '255' },
          binaryTextColumn(runner, 'name_folded', 255),
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'parent_id', type: 'integer', isNullable: true },
          binaryTextColumn(runner, 'path', 1000),
          { name: 'depth', type: 'integer', default: 0 },
          { name: 'sort_order', type: 'integer', default: 0 },
          versionColumn(),
          ...createdUpdatedColumns(runner),
        ],
        foreignKeys: [
          {
            columnNames: ['parent_id'],
            referencedTableName: 'units',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        indices: [
          { name: 'idx_units_path', columnNames: ['path'] },
          { name: 'idx_units_parent_order', columnNames: ['parent_id', 'sort_order'] },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('units');
  }
}
