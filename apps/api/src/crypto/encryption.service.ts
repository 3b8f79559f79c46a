import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { cryptoConfig } from './crypto.config';

const FORMAT = 'v1';

/** AES-256-GCM for secrets we must read back (TOTP secrets, receipt passwords): `v1:iv:tag:ciphertext`, base64. */
@Injectable()
export class EncryptionService {
  private readonly key: Buffer;

  constructor(@Inject(cryptoConfig.KEY) config: ConfigType<typeof cryptoConfig>) {
    this.key = Buffer.from(config.encryptionKey, 'base64');
  }

  encrypt(plain: string, key: Buffer = this.key): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  decrypt(sealed: string, key: Buffer = this.key): string {
    const [format, iv, tag, data] = sealed.split(':');
    if (format !== FORMAT || !iv || !tag || data === undefined) throw new Error('Unrecognised ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
