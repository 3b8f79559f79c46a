import { randomBytes } from 'node:crypto';
import { Officer } from '../accounts/officer.entity';
import { bearer, createTestApp, TestApp } from '../testing/test-app';
import { EncryptionService } from './encryption.service';
import { rotateEncryptionKey } from './key-rotation';

describe('rotating the encryption key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  });
  afterAll(() => t.close());

  it('re-encrypts every stored receipt password so only the new key opens it', async () => {
    const officer = await bearer(t, 'officer');
    const me = (await t.http().get('/api/me/profile').set(officer)).body;
    await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version: me.version, receiptPassword: 'BienLai#2026' })
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
