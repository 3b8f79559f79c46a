import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface LoadRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A fixed number of requests after a warm-up, through autocannon; latency in milliseconds. `ownThread` runs the
 * load on a worker thread of its own (one fixed request only), so a heavy load does not delay, on this process's
 * event loop, the timing of another load measured at the same time.
 */
export async function load(
  baseUrl: string,
  options: { requests: number; connections?: number; warmup?: number } & (
    { request: LoadRequest; ownThread?: boolean } | { rotate: (i: number) => LoadRequest }
  ),
): Promise<LoadResult> {
  const build = 'request' in options ? () => options.request : options.rotate;
  let i = 0;
  const next = () => {
    const r = build(i++);
    return {
      method: r.method ?? 'GET',
      path: r.path,
      headers: { 'content-type': 'application/json', ...r.headers },
      body: r.body,
    };
  };
  const run = (amount: number) => {
    const connections = Math.min(options.connections ?? 10, amount);
    if ('request' in options && options.ownThread) {
      const { method, headers, body } = next();
      return autocannon({
        url: `${baseUrl}${options.request.path}`,
        amount,
        connections,
        workers: 1,
        method,
        headers,
        body,
      });
    }
    // Without a callback autocannon returns its instance, which is also the promise of the result (typed as only the latter).
    const instance = autocannon({
      url: baseUrl,
      amount,
      connections,
      requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, ...next() }) }],
    }) as Promise<autocannon.Result> & autocannon.Instance;
    // Each response's own time, to the microsecond: the result's histogram keeps whole milliseconds, too coarse
    // for a 2 ms request compared with 1 ms of SQL.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      responseMs.push(ms);
      lastResponseAt = performance.now();
    });
    return instance;
  };
  let responseMs: number[] = [];
  let lastResponseAt = 0;
  if (options.warmup) await run(options.warmup);
  responseMs = [];
  const startedAt = performance.now();
  const result = await run(options.requests);
  const errors = result.non2xx + result.errors + result.timeouts;
  const precise = responseMs.length ? percentiles(responseMs) : undefined;
  const seconds = precise ? (lastResponseAt - startedAt) / 1000 : result.duration;
  return {
    requests: result.requests.total,
    rps: throughput(result.requests.total, seconds),
    p50: precise?.p50 ?? result.latency.p50,
    p99: precise?.p99 ?? result.latency.p99,
    errors,
  };
}

/**
 * Requests per second from the start of a run to its last response. Not autocannon's `duration`: a run of a fixed
 * number of requests ends on autocannon's one-second tick after the last response, so its duration is rounded up
 * to whole seconds (2,000 requests answered in 2.1 s read as 3 s), which flattered the slower scenarios' ratios.
 */
export const throughput = (requests: number, seconds: number): number =>
  Math.round(requests / Math.max(seconds, 0.001));

/** p50 and p99 of samples (nearest rank), rounded to 0.01 ms. */
export function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 100) / 100;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Median wall time of running `work` `times` times, in milliseconds. */
export async function medianMs(times: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return percentiles(samples).p50;
}
