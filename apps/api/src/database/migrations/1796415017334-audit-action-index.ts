import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit page filters by action ("Khóa tài khoản") newest first: an index in that order answers it. */
export class AuditActionIndex1796415017334 implements MigrationInterface {
  name = 'AuditActionIndex1796415017334';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX idx_audit_action ON audit_entries (action, created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX idx_audit_action');
  }
}
