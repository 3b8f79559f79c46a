import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Failed sign-ins counted per account and source address: a temporary lock then holds that source only, while
 * the account's own counter (officers.failed_attempts) is the ceiling that stops a guess spread over many sources.
 */
export class LoginFailures1796417523000 implements MigrationInterface {
  name = 'LoginFailures1796417523000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'login_failures',
        columns: [
          { name: 'key', type: 'varchar', length: '160', isPrimary: true },
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'failures', type: 'integer' },
          // Milliseconds since the epoch, as rate_limits: compared in one portable upsert on both engines.
          { name: 'locked_until', type: 'bigint', isNullable: true },
        ],
        indices: [{ name: 'idx_login_failures_username', columnNames: ['username'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('login_failures');
  }
}
