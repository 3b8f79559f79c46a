import { randomBytes } from 'node:crypto';
import { Officer } from '../accounts/officer.entity';
import { bearer } from '../testing/test-app';
import { EncryptionService } from './encryption.service';
import { rotateEncryptionKey } from './key-rotation';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

describe('rotating the encryption key', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  it('re-encrypts every stored receipt password so only the new key opens it', async () => {
    const officer = await bearer(t, 'officer');
    const me = (await api(t, officer).get('/api/me/profile')).body;
    await api(t, officer)
      .patch('/api/me/profile', { version: me.version, receiptPassword: 'BienLai#2026' })
      .expect(200);
    const newKey = randomBytes(32).toString('base64');
    const encryption = t.app.get(EncryptionService);
    expect(await rotateEncryptionKey(t.dataSource, encryption, newKey)).toBe(1);
    const stored = await t.dataSource
      .createQueryBuilder(Officer, 'o')
      .addSelect('o.receiptPasswordEncrypted')
      .where("o.username = 'officer'")
      .getOneOrFail();
    expect(new EncryptionService({ encryptionKey: newKey }).decrypt(stored.receiptPasswordEncrypted!)).toBe(
      'BienLai#2026',
    );
    expect(() => encryption.decrypt(stored.receiptPasswordEncrypted!)).toThrow();
  });

  it('refuses a key of the wrong size before touching anything', async () => {
    await expect(rotateEncryptionKey(t.dataSource, t.app.get(EncryptionService), 'ngắn')).rejects.toThrow(/32 byte/);
  });
});
