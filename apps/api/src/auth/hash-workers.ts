import type { Piscina } from 'piscina';
import { threadPool } from '../common/threads/thread-pool';

/** How much lower than the event loop the hashing threads run (Linux nice levels; 0 = same, 19 = lowest). */
const NICENESS = 10;

/**
 * Argon2id on dedicated threads (auth/hash-worker.ts) that run below the event loop's CPU priority (on Linux a nice
 * level set in a thread applies to that thread alone). A login storm then takes only the CPU that request handling
 * leaves over: health checks and every other request keep their latency, and the storm queues here, one hash per
 * thread at a time.
 */
export class HashWorkers {
  private readonly pool: Piscina;

  constructor(size: number) {
    this.pool = threadPool('auth/hash-worker', { size, niceIncrement: NICENESS });
  }

  run<T>(op: 'hash' | 'verify', args: unknown[]): Promise<T> {
    return this.pool.run(args, { name: op });
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
