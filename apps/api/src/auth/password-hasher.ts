import { Injectable } from '@nestjs/common';
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, parallelism 1. */
// Algorithm.Argon2id is a const enum in the package's typings, which per-file transpilers cannot inline.
const ARGON2ID = 2;
export const ARGON2_PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Argon2id hashing on libuv's thread pool (@node-rs/argon2 is async), so a login storm never blocks the event loop.
 */
@Injectable()
export class PasswordHasher {
  // Verified against when the username does not exist, so both paths cost the same.
  private readonly dummyHash = hash(randomBytes(16).toString('hex'), ARGON2_PARAMS);
  // At most one hash per spare core at a time: a login storm queues here instead of starving the event loop
  // (and with it health checks and every other request) of CPU.
  private readonly slots = new HashSlots(Math.max(1, availableParallelism() - 1));

  hash(plain: string): Promise<string> {
    return this.slots.run(() => hash(plain, ARGON2_PARAMS));
  }

  async verify(storedHash: string | null | undefined, plain: string): Promise<boolean> {
    const target = storedHash ?? (await this.dummyHash);
    try {
      return await this.slots.run(() => verify(target, plain));
    } catch {
      return false;
    }
  }

  /** True when the stored hash was made with other parameters, so it is upgraded at the next successful login. */
  needsRehash(storedHash: string): boolean {
    try {
      const used = parseOptions(storedHash);
      return (Object.keys(ARGON2_PARAMS) as (keyof typeof ARGON2_PARAMS)[]).some((key) => used[key] !== ARGON2_PARAMS[key]);
    } catch {
      return true;
    }
  }
}

/** A counting semaphore: runs at most `limit` tasks at once, the rest in arrival order. */
export class HashSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
