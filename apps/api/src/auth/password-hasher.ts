import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { parseOptions } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { HashWorkers } from './hash-workers';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, parallelism 1. */
// Algorithm.Argon2id is a const enum in the package's typings, which per-file transpilers cannot inline.
const ARGON2ID = 2;
export const ARGON2_PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Argon2id hashing on dedicated low-priority threads (HashWorkers), one per spare core, so a login storm queues
 * there instead of starving the event loop (and with it health checks and every other request) of CPU.
 */
@Injectable()
export class PasswordHasher implements OnModuleDestroy {
  private readonly workers = new HashWorkers(availableParallelism() - 1);
  // Verified against when the username does not exist, so both paths cost the same.
  private readonly dummyHash = this.hash(randomBytes(16).toString('hex'));

  constructor() {
    // Awaited at the first unknown username; a failure then surfaces there, not as an unhandled rejection now.
    this.dummyHash.catch(() => undefined);
  }

  hash(plain: string): Promise<string> {
    return this.workers.run<string>('hash', [plain, ARGON2_PARAMS]);
  }

  async verify(storedHash: string | null | undefined, plain: string): Promise<boolean> {
    const target = storedHash ?? (await this.dummyHash);
    try {
      return await this.workers.run<boolean>('verify', [target, plain]);
    } catch {
      return false;
    }
  }

  /** True when the stored hash was made with other parameters, so it is upgraded at the next successful login. */
  needsRehash(storedHash: string): boolean {
    try {
      const used = parseOptions(storedHash);
      return (Object.keys(ARGON2_PARAMS) as (keyof typeof ARGON2_PARAMS)[]).some(
        (key) => used[key] !== ARGON2_PARAMS[key],
      );
    } catch {
      return true;
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.workers.close();
  }
}
