import fs from 'node:fs';
import path from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';

/** The API's root: dist/apps/api in the build, apps/api/src when the sources run under jest (swc). */
const API_ROOT = path.resolve(__dirname, '../..');
const BUILT_API_ROOT = __filename.endsWith('.ts') ? path.resolve(API_ROOT, '../../../dist/apps/api') : API_ROOT;

/**
 * The compiled file of a worker module named from the API's root ("auth/hash-worker"). A thread runs plain JavaScript,
 * so the sources run the build's copy (api:test depends on api:build), the build its own.
 */
export function workerFile(modulePath: string): string {
  const file = path.join(BUILT_API_ROOT, `${modulePath}.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npx nx run api:build\` first`);
  return file;
}

export interface ThreadPoolOptions {
  /** Threads started with the pool and kept (at least one). */
  size: number;
  /** What every thread of the pool reads as `workerData`. */
  workerData?: unknown;
  /** V8 heap limits of each thread (a reader or hasher needs little: its data lives outside the JavaScript heap). */
  resourceLimits?: ResourceLimits;
  /** How much lower than the event loop the threads run (Linux nice levels added to the process's). */
  niceIncrement?: number;
}

/**
 * A fixed set of threads running the exported functions of one worker module (`pool.run(task, { name })`). Calls
 * queue for the next free thread; a thread that dies fails its calls and is replaced; an idle thread never keeps the
 * process alive. `destroy()` ends the threads at once, failing what is still queued.
 */
export function threadPool(modulePath: string, options: ThreadPoolOptions): Piscina {
  const size = Math.max(1, options.size);
  return new Piscina({
    filename: workerFile(modulePath),
    minThreads: size,
    maxThreads: size,
    workerData: options.workerData,
    resourceLimits: options.resourceLimits,
    niceIncrement: options.niceIncrement ?? 0,
  });
}
