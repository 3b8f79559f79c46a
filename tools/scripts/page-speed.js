// Lighthouse-like page speed without Lighthouse: Chromium (playwright-core) under mobile emulation with CPU
// throttling (4x) and a slow-4G network (150 ms RTT, 1.6 Mbit/s down, Lighthouse's mobile preset), cache off.
// Reads First Contentful Paint and Largest Contentful Paint from the page's own performance entries, Total
// Blocking Time as the sum of each long task's time over 50 ms after FCP, and the bytes on the wire.
//
//   node tools/scripts/page-speed.js [--api dist/apps/api/main.js] [--web dist/apps/web] [--runs 3]
//
// It starts the given API build on a free port with a fresh demo province, measures the login page and the
// supervisor's dashboard, and prints the median of each metric. To measure another build (say main's), build it
// elsewhere and point --api/--web at it (NODE_PATH=<repo>/node_modules lets a build outside the repo run).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '../..');
const DEMO_PASSWORD = 'MotCua@2026';
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  locale: 'vi-VN',
};

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function startApi(apiMain, webDist) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-speed-'));
  const child = spawn(process.execPath, [apiMain], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      WEB_DIST_DIR: webDist,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the API exited early');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not become healthy');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Collected in the page from its first script on: paints, LCP candidates and long tasks. */
function observeInPage() {
  const speed = { lcp: 0, longTasks: [] };
  window.__speed = speed;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) speed.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) speed.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const wire = { bytes: 0, js: 0 };
  const scripts = new Set();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    wire.bytes += event.encodedDataLength;
    if (scripts.has(event.requestId)) wire.js += event.encodedDataLength;
  });
  return wire;
}

async function readMetrics(page, wire) {
  // Let late long tasks and LCP candidates land: the page is idle on the network by now.
  await page.waitForTimeout(3000);
  const inPage = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const speed = window.__speed;
    const tbt = speed.longTasks
      .filter((task) => fcp === null || task.start >= fcp)
      .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    return { fcp, lcp: speed.lcp || null, tbt };
  });
  return { ...inPage, kb: wire.bytes / 1024, jsKb: wire.js / 1024 };
}

async function measureLogin(browser, baseUrl) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(observeInPage);
  const page = await context.newPage();
  const wire = await throttle(page);
  await page.goto(`${baseUrl}/login`, { waitUntil: 'load', timeout: 120_000 });
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const metrics = await readMetrics(page, wire);
  await context.close();
  return metrics;
}

async function measureSupervisorDashboard(browser, baseUrl) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(observeInPage);
  const page = await context.newPage();
  // Sign in at full speed; then a throttled cold load of the dashboard, the session restored from the cookie.
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill('supervisor');
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const wire = await throttle(page);
  await page.goto(`${baseUrl}/`, { waitUntil: 'load', timeout: 120_000 });
  await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const metrics = await readMetrics(page, wire);
  await context.close();
  return metrics;
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

async function main() {
  const apiMain = path.resolve(option('api', path.join(ROOT, 'dist/apps/api/main.js')));
  const webDist = path.resolve(option('web', path.join(ROOT, 'dist/apps/web')));
  const runs = Number(option('runs', '3'));
  const api = await startApi(apiMain, webDist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  const results = [];
  try {
    for (const [name, measure] of [
      ['login page', measureLogin],
      ['supervisor dashboard', measureSupervisorDashboard],
    ]) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) samples.push(await measure(browser, api.baseUrl));
      const metric = (key) => median(samples.map((sample) => sample[key]));
      results.push({
        page: name,
        fcpMs: metric('fcp'),
        lcpMs: metric('lcp'),
        tbtMs: metric('tbt'),
        transferredKb: metric('kb'),
        jsKb: metric('jsKb'),
        runs,
      });
    }
  } finally {
    await browser.close();
    await api.stop();
  }
  const round = (value) => (value === null ? '—' : String(Math.round(value)));
  process.stdout.write(
    `web: ${path.relative(process.cwd(), webDist) || webDist}; mobile, CPU ${CPU_SLOWDOWN}x, ${NETWORK.latency} ms RTT, 1.6 Mbit/s; median of ${runs}\n`,
  );
  process.stdout.write(
    '| page | FCP ms | LCP ms | TBT ms | transferred KB | of which JS KB |\n|---|---|---|---|---|---|\n',
  );
  for (const row of results)
    process.stdout.write(
      `| ${row.page} | ${round(row.fcpMs)} | ${round(row.lcpMs)} | ${round(row.tbtMs)} | ${round(row.transferredKb)} | ${round(row.jsKb)} |\n`,
    );
  if (option('json')) fs.writeFileSync(option('json'), JSON.stringify(results, null, 2));
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
