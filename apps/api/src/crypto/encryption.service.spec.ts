import { randomBytes } from 'node:crypto';
import { EncryptionService } from './encryption.service';

describe('encryption of stored secrets', () => {
  const service = new EncryptionService({ encryptionKey: randomBytes(32).toString('base64') });

  it('round-trips Vietnamese text and never stores the plaintext', () => {
    const sealed = service.encrypt('Mật khẩu biên lai #1');
    expect(sealed).not.toContain('Mật khẩu');
    expect(service.decrypt(sealed)).toBe('Mật khẩu biên lai #1');
  });

  it('uses a fresh nonce each time', () => {
    expect(service.encrypt('same')).not.toBe(service.encrypt('same'));
  });

  it('refuses a tampered ciphertext or another key', () => {
    const sealed = service.encrypt('secret');
    const parts = sealed.split(':');
    parts[3] = Buffer.from('xxxxxx').toString('base64');
    expect(() => service.decrypt(parts.join(':'))).toThrow();
    const other = new EncryptionService({ encryptionKey: randomBytes(32).toString('base64') });
    expect(() => other.decrypt(sealed)).toThrow();
  });
});
