import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './server';

/** The JavaScript a first visit downloads: the entry script plus every chunk index.html preloads, gzipped. */
export function initialJsGzipKb(distDir: string): { initialKb: number; chunks: number; lazyKb: number } {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const all = fs
    .readdirSync(path.join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const kb = (files: string[]) =>
    Math.round(files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(distDir, f))).length, 0) / 102.4) / 10;
  return { initialKb: kb([...initial]), chunks: all.length, lazyKb: kb(all.filter((f) => !initial.has(f))) };
}

/** Builds tools/bench/minimal-app (react-admin, one resource, same versions) as the floor to compare against. */
export function buildMinimalApp(): string {
  const outDir = path.join(ROOT, 'tmp/bench-minimal-app');
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: path.join(ROOT, 'tools/bench/minimal-app'),
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`minimal app build failed:\n${result.stderr}`);
  return outDir;
}
