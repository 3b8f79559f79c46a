import { DataSource } from 'typeorm';
import { placeholders } from '../database/sql-values';
import { EncryptionService } from './encryption.service';

/** Every column holding a value sealed with the application key. */
const SEALED_COLUMNS = [
  { table: 'officers', column: 'receipt_password_encrypted' },
  { table: 'officers', column: 'totp_secret_encrypted' },
  { table: 'import_batches', column: 'codes_encrypted' },
] as const;

/**
 * Re-encrypts every sealed value under a new key in one transaction: all values move to the new key or none do.
 * Returns how many values were re-encrypted.
 */
export async function rotateEncryptionKey(
  dataSource: DataSource,
  encryption: EncryptionService,
  newKeyBase64: string,
): Promise<number> {
  const newKey = Buffer.from(newKeyBase64, 'base64');
  if (newKey.length !== 32) throw new Error('Khóa mới phải là 32 byte mã hóa base64 (openssl rand -base64 32).');
  return dataSource.transaction(async (manager) => {
    let count = 0;
    for (const { table, column } of SEALED_COLUMNS) {
      const rows: { id: number | string; sealed: string }[] = await manager.query(
        `SELECT id AS id, ${column} AS sealed FROM ${table} WHERE ${column} IS NOT NULL`,
      );
      for (const row of rows) {
        const resealed = encryption.encrypt(encryption.decrypt(row.sealed), newKey);
        await manager.query(placeholders(dataSource, `UPDATE ${table} SET ${column} = ? WHERE id = ?`), [
          resealed,
          row.id,
        ]);
        count++;
      }
    }
    return count;
  });
}
