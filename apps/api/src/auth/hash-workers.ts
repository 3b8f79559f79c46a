import { WorkerPool, workerSource } from '../common/threads/worker-pool';

/** How much lower than the event loop the hashing threads run (Linux nice levels; 0 = same, 19 = lowest). */
const NICENESS = 10;

const hashingSource = (argon2Path: string) =>
  workerSource(
    `const { setPriority } = require('node:os');
const argon2 = require(${JSON.stringify(argon2Path)});
try { setPriority(0, ${NICENESS}); } catch {}`,
    `{ hash: (...args) => argon2.hashSync(...args), verify: (...args) => argon2.verifySync(...args) }`,
  );

/**
 * Argon2id on dedicated threads that run below the event loop's CPU priority (on Linux, `setPriority(0, …)` in a
 * thread applies to that thread alone). A login storm then takes only the CPU that request handling leaves over:
 * health checks and every other request keep their latency, and the storm queues here, one hash per thread at a time.
 */
export class HashWorkers {
  private readonly pool: WorkerPool;

  constructor(size: number) {
    this.pool = new WorkerPool(hashingSource(require.resolve('@node-rs/argon2')), size);
  }

  run<T>(op: 'hash' | 'verify', args: unknown[]): Promise<T> {
    return this.pool.run<T>(op, args);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
