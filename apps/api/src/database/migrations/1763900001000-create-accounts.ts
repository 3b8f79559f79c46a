import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  binaryTextColumn,
  createdUpdatedColumns,
  idColumn,
  timestampColumn,
  versionColumn,
} from '../migration-helpers';

/** Staff accounts, their roles, sessions (refresh tokens), login history, 2FA recovery codes and rate-limit counters. */
export class CreateAccounts1763900001000 implements MigrationInterface {
  name = 'CreateAccounts1763900001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'officers',
        columns: [
          idColumn(),
          binaryTextColumn(runner, 'username', 64),
          { name: 'full_name', type: 'varchar', length: '100' },
          binaryTextColumn(runner, 'full_name_folded', 100),
          { name: 'unit_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '20', default: "'pending_activation'" },
          { name: 'must_change_password', type: 'boolean', default: false },
          { name: 'password_hash', type: 'varchar', length: '255', isNullable: true },
          { name: 'failed_attempts', type: 'integer', default: 0 },
          timestampColumn(runner, 'locked_until', { nullable: true }),
          { name: 'session_epoch', type: 'integer', default: 0 },
          { name: 'activation_code_hash', type: 'varchar', length: '255', isNullable: true },
          timestampColumn(runner, 'activation_expires_at', { nullable: true }),
          { name: 'totp_secret_encrypted', type: 'varchar', length: '255', isNullable: true },
          { name: 'totp_enabled', type: 'boolean', default: false },
          { name: 'totp_last_step', type: 'integer', isNullable: true },
          { name: 'two_factor_exempt', type: 'boolean', default: false },
          versionColumn(),
          ...createdUpdatedColumns(runner),
        ],
        foreignKeys: [
          {
            columnNames: ['unit_id'],
            referencedTableName: 'units',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        indices: [
          { name: 'uq_officers_username', columnNames: ['username'], isUnique: true },
          { name: 'idx_officers_unit', columnNames: ['unit_id'] },
          { name: 'idx_officers_name_folded', columnNames: ['full_name_folded'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'officer_roles',
        columns: [
          { name: 'officer_id', type: 'integer', isPrimary: true },
          { name: 'role', type: 'varchar', length: '20', isPrimary: true },
        ],
        foreignKeys: [
          {
            columnNames: ['officer_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'idx_officer_roles_role', columnNames: ['role', 'officer_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          idColumn(),
          { name: 'officer_id', type: 'integer' },
          { name: 'family_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          timestampColumn(runner, 'expires_at'),
          timestampColumn(runner, 'rotated_at', { nullable: true }),
          timestampColumn(runner, 'revoked_at', { nullable: true }),
          timestampColumn(runner, 'created_at', { defaultNow: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['officer_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'uq_refresh_tokens_hash', columnNames: ['token_hash'], isUnique: true },
          { name: 'idx_refresh_tokens_family', columnNames: ['family_id'] },
          { name: 'idx_refresh_tokens_officer', columnNames: ['officer_id'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'login_events',
        columns: [
          idColumn(),
          { name: 'officer_id', type: 'integer', isNullable: true },
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'ip', type: 'varchar', length: '64' },
          { name: 'user_agent', type: 'varchar', length: '255' },
          { name: 'outcome', type: 'varchar', length: '20' },
          timestampColumn(runner, 'created_at', { defaultNow: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['officer_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { name: 'idx_login_events_officer_time', columnNames: ['officer_id', 'created_at'] },
          { name: 'idx_login_events_time', columnNames: ['created_at'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'recovery_codes',
        columns: [
          idColumn(),
          { name: 'officer_id', type: 'integer' },
          { name: 'code_hash', type: 'varchar', length: '64' },
          timestampColumn(runner, 'used_at', { nullable: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['officer_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'idx_recovery_codes_officer', columnNames: ['officer_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'rate_limits',
        columns: [
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'hits', type: 'integer' },
          { name: 'expires_at', type: 'bigint' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'rate_limits',
      'recovery_codes',
      'login_events',
      'refresh_tokens',
      'officer_roles',
      'officers',
    ])
      await runner.dropTable(table);
  }
}
