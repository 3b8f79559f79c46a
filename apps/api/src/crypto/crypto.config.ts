import { registerAs } from '@nestjs/config';
import path from 'node:path';
import { validateEnvironment } from '../config/environment';
import { loadOrCreateSecret } from '../config/secret-file';

/** APP_ENCRYPTION_KEY, or for the embedded setup a key generated once into DATA_DIR (mode 0600). */
export const cryptoConfig = registerAs('crypto', () => {
  const env = validateEnvironment(process.env);
  return {
    encryptionKey: env.APP_ENCRYPTION_KEY ?? loadOrCreateSecret(path.resolve(env.DATA_DIR, 'encryption.key'), 32),
  };
});
