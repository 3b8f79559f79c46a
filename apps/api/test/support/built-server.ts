import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The production build of the API (api:test depends on api:build; alone: `npx nx run api:build`). */
export const BUILT_MAIN = path.resolve(__dirname, '../../../../dist/apps/api/main.js');

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface BuiltServer {
  baseUrl: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends the signal and waits for the process to be gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** SIGTERM (graceful shutdown), waiting for the exit; a no-op when it already exited. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A crashed test run must not leave servers behind on the shared machine.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * Starts dist/apps/api/main.js as production runs it, on the database the env names (DATA_DIR and/or DATABASE_URL),
 * and waits until /api/health answers 200. Defaults: no demo officers beyond the named accounts, no scheduler,
 * a rate limit no test trips, DATABASE_URL cleared so the SQLite file in DATA_DIR is used unless the test sets one.
 */
export async function startBuiltServer(env: Record<string, string>, timeoutMs = 60_000): Promise<BuiltServer> {
  if (!fs.existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run \`npx nx run api:build\` first`);
  const port = await freePort();
  const chunks: string[] = [];
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      DEMO_OFFICERS: '0',
      DEMO_CAMPAIGNS: 'false',
      SCHEDULER_ENABLED: 'false',
      LOGIN_RATE_LIMIT: '10000',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  child.stdout?.on('data', (c) => chunks.push(String(c)));
  child.stderr?.on('data', (c) => chunks.push(String(c)));
  const server: BuiltServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    output: () => chunks.join(''),
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    stop: () => server.kill('SIGTERM'),
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the API exited (${child.exitCode ?? child.signalCode}):\n${server.output()}`);
    try {
      if ((await fetch(`${server.baseUrl}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.kill('SIGKILL');
      throw new Error(`the API did not become healthy within ${timeoutMs} ms:\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
