import { Worker, type ResourceLimits } from 'node:worker_threads';

/** One thread of the pool and how many calls are queued on it. */
interface PoolThread {
  worker: Worker;
  pending: number;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

export interface WorkerPoolOptions {
  /** V8 heap limits of each thread (a reader or hasher needs little: its data lives outside the JavaScript heap). */
  resourceLimits?: ResourceLimits;
}

/**
 * A fixed set of threads that each run the same CommonJS `source` (evaluated, so the same code works from the build
 * and under the test runner). The source answers `{ id, op, args }` messages with `{ id, result }` or `{ id, error }`
 * (see `workerSource`). A call goes to the thread with the fewest calls queued; a thread that dies fails its pending
 * calls and is replaced for the next ones; an idle thread never keeps the process alive, a busy one does.
 */
export class WorkerPool {
  private readonly threads: PoolThread[];
  private readonly waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; thread: PoolThread }
  >();
  private nextId = 0;
  private closing = false;

  constructor(
    private readonly source: string,
    size: number,
    private readonly options: WorkerPoolOptions = {},
  ) {
    this.threads = Array.from({ length: Math.max(1, size) }, () =>
      this.start({ worker: undefined as unknown as Worker, pending: 0 }),
    );
  }

  run<T>(op: string, args: unknown[]): Promise<T> {
    return this.send<T>(
      this.threads.reduce((least, t) => (t.pending < least.pending ? t : least)),
      op,
      args,
    );
  }

  /** The same call on every thread (e.g. "reload what you cached"), settled when all have answered. */
  async broadcast(op: string, args: unknown[] = []): Promise<void> {
    await Promise.all(this.threads.map((thread) => this.send(thread, op, args)));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private send<T>(thread: PoolThread, op: string, args: unknown[]): Promise<T> {
    const id = this.nextId++;
    if (thread.pending++ === 0) thread.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, thread });
      thread.worker.postMessage({ id, op, args });
    });
  }

  private start(thread: PoolThread): PoolThread {
    thread.worker = new Worker(this.source, { eval: true, resourceLimits: this.options.resourceLimits });
    thread.worker.on('message', (reply: Reply) => this.settle(reply));
    thread.worker.on('exit', () => {
      this.failPending(thread, new Error('worker thread exited'));
      if (!this.closing) this.start(thread);
    });
    thread.worker.unref();
    return thread;
  }

  private settle(reply: Reply): void {
    const task = this.waiting.get(reply.id);
    if (!task) return;
    this.waiting.delete(reply.id);
    this.release(task.thread);
    if (reply.error !== undefined) task.reject(new Error(reply.error));
    else task.resolve(reply.result);
  }

  private release(thread: PoolThread): void {
    if (--thread.pending === 0) thread.worker.unref();
  }

  private failPending(thread: PoolThread, error: Error): void {
    for (const [id, task] of this.waiting) {
      if (task.thread !== thread) continue;
      this.waiting.delete(id);
      this.release(thread);
      task.reject(error);
    }
  }
}

/**
 * The CommonJS source of a pool thread: `setup` runs once (its `const`s are in scope of the handlers), then each
 * message calls `handlers[op](...args)` and posts back its result or its error's message.
 */
export const workerSource = (setup: string, handlers: string) => `
const { parentPort } = require('node:worker_threads');
${setup}
const handlers = ${handlers};
parentPort.on('message', ({ id, op, args }) => {
  try {
    parentPort.postMessage({ id, result: handlers[op](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});`;
