import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { binaryColumn, binaryTextColumn, idColumn, timestampColumn } from '../migration-helpers';

/** The officer's own record (the province's "Cập nhật thông tin cá nhân" form), avatars and the audit trail. */
export class OfficerProfileAndAudit1763900002000 implements MigrationInterface {
  name = 'OfficerProfileAndAudit1763900002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('officers', [
      new TableColumn({ name: 'gender', type: 'varchar', length: '6', isNullable: true }),
      new TableColumn({ name: 'birth_date', type: 'varchar', length: '10', isNullable: true }),
      new TableColumn({ name: 'address', type: 'varchar', length: '255', isNullable: true }),
      new TableColumn({ name: 'email', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({ name: 'citizen_id', type: 'varchar', length: '20', isNullable: true }),
      // Wider than the normalised forms: records imported from older systems may hold legacy values the console flags.
      new TableColumn({ name: 'phone', type: 'varchar', length: '20', isNullable: true }),
      new TableColumn({ name: 'receipt_account', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'receipt_password_encrypted', type: 'varchar', length: '512', isNullable: true }),
      new TableColumn({ name: 'default_page', type: 'varchar', length: '50', isNullable: true }),
      new TableColumn({ name: 'avatar_key', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn(timestampColumn(runner, 'confirmed_at', { nullable: true })),
      new TableColumn(timestampColumn(runner, 'verified_at', { nullable: true })),
      new TableColumn({ name: 'verified_by', type: 'integer', isNullable: true }),
      new TableColumn({ ...binaryTextColumn(runner, 'search_text', 600), isNullable: false, default: "''" }),
    ]);
    await runner.createForeignKey(
      'officers',
      new TableForeignKey({
        columnNames: ['verified_by'],
        referencedTableName: 'officers',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
    await runner.createIndex(
      'officers',
      new TableIndex({ name: 'uq_officers_citizen_id', columnNames: ['citizen_id'], isUnique: true }),
    );
    await runner.createTable(
      new Table({
        name: 'officer_avatars',
        columns: [
          { name: 'officer_id', type: 'integer', isPrimary: true },
          binaryColumn(runner, 'image'),
          { name: 'avatar_key', type: 'varchar', length: '32' },
          timestampColumn(runner, 'updated_at', { defaultNow: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['officer_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'uq_officer_avatars_key', columnNames: ['avatar_key'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          idColumn(),
          { name: 'actor_id', type: 'integer', isNullable: true },
          { name: 'target_type', type: 'varchar', length: '20' },
          { name: 'target_id', type: 'integer' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'fields', type: 'varchar', length: '500', default: "''" },
          { name: 'changes', type: 'text' },
          { name: 'ip', type: 'varchar', length: '64', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '64', isNullable: true },
          timestampColumn(runner, 'created_at', { defaultNow: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['actor_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { name: 'idx_audit_target', columnNames: ['target_type', 'target_id', 'created_at'] },
          { name: 'idx_audit_actor', columnNames: ['actor_id', 'created_at'] },
          { name: 'idx_audit_time', columnNames: ['created_at'] },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('audit_entries');
    await runner.dropTable('officer_avatars');
    await runner.dropIndex('officers', 'uq_officers_citizen_id');
    const table = await runner.getTable('officers');
    const verifiedBy = table?.foreignKeys.find((fk) => fk.columnNames.includes('verified_by'));
    if (verifiedBy) await runner.dropForeignKey('officers', verifiedBy);
    for (const column of [
      'search_text',
      'verified_by',
      'verified_at',
      'confirmed_at',
      'avatar_key',
      'default_page',
      'receipt_password_encrypted',
      'receipt_account',
      'phone',
      'citizen_id',
      'email',
      'address',
      'birth_date',
      'gender',
    ]) {
      await runner.dropColumn('officers', column);
    }
  }
}
