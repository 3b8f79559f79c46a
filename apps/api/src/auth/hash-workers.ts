import { Worker } from 'node:worker_threads';

/** How much lower than the event loop the hashing threads run (Linux nice levels; 0 = same, 19 = lowest). */
const NICENESS = 10;

// Plain CommonJS, run with `eval`, so the same code works from the build and under the test runner.
const workerSource = (argon2Path: string) => `
const { parentPort } = require('node:worker_threads');
const { setPriority } = require('node:os');
const argon2 = require(${JSON.stringify(argon2Path)});
try { setPriority(0, ${NICENESS}); } catch {}
parentPort.on('message', ({ id, op, args }) => {
  try {
    parentPort.postMessage({ id, result: op === 'hash' ? argon2.hashSync(...args) : argon2.verifySync(...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});`;

/** One hashing thread and how many hashes are queued on it. */
interface HashThread {
  worker: Worker;
  pending: number;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

/**
 * Argon2id on dedicated threads that run below the event loop's CPU priority (on Linux, `setPriority(0, …)` in a
 * thread applies to that thread alone). A login storm then takes only the CPU that request handling leaves over:
 * health checks and every other request keep their latency, and the storm queues here, one hash per thread at a time.
 */
export class HashWorkers {
  private readonly source = workerSource(require.resolve('@node-rs/argon2'));
  private readonly threads: HashThread[];
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; thread: HashThread }>();
  private nextId = 0;
  private closing = false;

  constructor(size: number) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => this.start({ worker: undefined as unknown as Worker, pending: 0 }));
  }

  /** (Re)starts a thread's worker: one that dies fails its pending hashes and is replaced for the next ones. */
  private start(thread: HashThread) {
    thread.worker = new Worker(this.source, { eval: true });
    thread.worker.on('message', (reply: Reply) => this.settle(reply));
    thread.worker.on('exit', () => {
      this.failPending(thread, new Error('argon2 worker exited'));
      if (!this.closing) this.start(thread);
    });
    // An idle hashing thread never keeps the process alive; a busy one does (see run/settle).
    thread.worker.unref();
    return thread;
  }

  run<T>(op: 'hash' | 'verify', args: unknown[]): Promise<T> {
    const thread = this.threads.reduce((least, t) => (t.pending < least.pending ? t : least));
    const id = this.nextId++;
    if (thread.pending++ === 0) thread.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, thread });
      thread.worker.postMessage({ id, op, args });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private settle(reply: Reply): void {
    const task = this.waiting.get(reply.id);
    if (!task) return;
    this.waiting.delete(reply.id);
    this.release(task.thread);
    if (reply.error !== undefined) task.reject(new Error(reply.error));
    else task.resolve(reply.result);
  }

  private release(thread: HashThread): void {
    if (--thread.pending === 0) thread.worker.unref();
  }

  private failPending(thread: HashThread, error: Error): void {
    for (const [id, task] of this.waiting) {
      if (task.thread !== thread) continue;
      this.waiting.delete(id);
      this.release(thread);
      task.reject(error);
    }
  }
}
