import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { load, percentiles } from './load';
import { runBench } from './main';

const small = (officers: number) =>
  runBench({ db: 'sqlite', officers, units: 40, requests: 30, seed: 7, importRows: 50, spa: false }, () => undefined);

describe('the province-scale benchmark, run small', () => {
  it('runs every scenario and the SQL statements per request do not grow with the number of officers', async () => {
    const [smaller, larger] = [await small(400), await small(1600)];
    const scenarios = smaller.results.map((r) => r.scenario);
    expect(scenarios).toEqual(
      expect.arrayContaining([
        'bare endpoint (GET /api/auth/me)',
        'officer list (page 25, name sort, q, subtree)',
        'compliance summary (whole province)',
        'overdue list (page 25)',
        'profile PATCH by many officers',
        'login storm (argon2id) with a parallel health probe',
        'memory: API resident set after the run (MB)',
      ]),
    );
    for (const result of smaller.results) {
      if (result.rps !== undefined) expect(result.rps).toBeGreaterThan(0);
    }
    const statements = (report: typeof smaller) =>
      Object.fromEntries(
        report.results.filter((r) => r.statements !== undefined).map((r) => [r.scenario, r.statements]),
      );
    expect(Object.keys(statements(smaller))).toHaveLength(4);
    expect(statements(larger)).toEqual(statements(smaller));
    const patch = larger.results.find((r) => r.scenario === 'profile PATCH by many officers')!;
    expect(patch.met).toBe(true);
  });

  it("reads latency percentiles from each response's own time, not whole milliseconds", () => {
    const samples = Array.from({ length: 200 }, (_, i) => 0.5 + i * 0.01); // 0.50 … 2.49 ms
    expect(percentiles(samples)).toEqual({ p50: 1.49, p99: 2.47 });
  });

  it("counts throughput to the last response, not to autocannon's next whole-second tick", async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // 100 trivial local requests take a small fraction of a second: charged a whole second they would read as 100/s.
      const result = await load(`http://127.0.0.1:${port}`, { requests: 100, connections: 4, request: { path: '/' } });
      expect(result.requests).toBe(100);
      expect(result.rps).toBeGreaterThan(100);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
