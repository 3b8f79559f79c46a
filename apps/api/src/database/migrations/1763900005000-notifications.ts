import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, timestampColumn } from '../migration-helpers';

/** In-app notifications, the e-mail outbox (retries with backoff) and reminder claims (each reminder sent once). */
export class Notifications1763900005000 implements MigrationInterface {
  name = 'Notifications1763900005000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          idColumn(),
          { name: 'officer_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'body', type: 'varchar', length: '2000' },
          { name: 'campaign_id', type: 'integer', isNullable: true },
          timestampColumn(runner, 'read_at', { nullable: true }),
          timestampColumn(runner, 'created_at', { defaultNow: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['officer_id'],
            referencedTableName: 'officers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['campaign_id'],
            referencedTableName: 'campaigns',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [{ name: 'idx_notifications_officer', columnNames: ['officer_id', 'read_at', 'created_at'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'email_outbox',
        columns: [
          idColumn(),
          { name: 'officer_id', type: 'integer', isNullable: true },
          { name: 'to_address', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'body', type: 'text' },
          { name: 'status', type: 'varchar', length: '10', default: "'pending'" },
          { name: 'attempts', type: 'integer', default: 0 },
          timestampColumn(runner, 'next_attempt_at', { defaultNow: true }),
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          timestampColumn(runner, 'sent_at', { nullable: true }),
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
        indices: [{ name: 'idx_email_outbox_due', columnNames: ['status', 'next_attempt_at'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'reminder_claims',
        columns: [
          { name: 'campaign_id', type: 'integer', isPrimary: true },
          { name: 'officer_id', type: 'integer', isPrimary: true },
          { name: 'slot', type: 'varchar', length: '40', isPrimary: true },
          timestampColumn(runner, 'created_at', { defaultNow: true }),
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
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['reminder_claims', 'email_outbox', 'notifications']) await runner.dropTable(table);
  }
}
