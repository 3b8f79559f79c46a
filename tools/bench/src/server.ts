import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
const API_DIST = path.join(ROOT, 'dist/apps/api');
// The flags `npm start` runs the API with (tools/scripts/serve-api.js), so the benchmark measures that process.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const API_NODE_FLAGS: string[] = require(path.join(ROOT, 'tools/scripts/api-node-flags.js'));

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** The environment of the production build under test: no demo seeding, no scheduler, generous rate limits. */
export const apiEnv = (env: Record<string, string>) => ({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  SCHEDULER_ENABLED: 'false',
  LOGIN_RATE_LIMIT: '10000',
  ...env,
});

export function migrate(env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [path.join(API_DIST, 'cli.js'), 'migrate'], {
    env: apiEnv(env),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`migrations failed:\n${result.stderr}${result.stdout}`);
}

/** Starts the real production build of the API and waits until it is healthy. */
export async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  if (!fs.existsSync(path.join(API_DIST, 'main.js')))
    throw new Error('dist/apps/api is missing: run `npx nx run api:build` first');
  const port = await freePort();
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [...API_NODE_FLAGS, path.join(API_DIST, 'main.js')], {
    env: apiEnv({ ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c) => logs.push(String(c)));
  child.stderr?.on('data', (c) => logs.push(String(c)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited:\n${logs.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`the API did not become healthy:\n${logs.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid!,
    rssMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
