import fs from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const ASSETS_PREFIX = '/assets/';

/** The encodings the build writes beside each hashed asset (tools/scripts/precompress.js), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number];

/**
 * Serves the built SPA: hashed assets cached for a year, index.html never cached, and every non-API GET
 * that is not a file falls back to index.html so client routes survive a reload. `/api/*` is never shadowed.
 * A hashed asset with a precompressed twin is sent brotli- or gzip-encoded when the browser accepts it.
 */
export function serveSpa(app: NestExpressApplication, webDistDir: string): boolean {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const precompressed = precompressedAssets(webDistDir);
  const files = express.static(webDistDir, {
    index: false,
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('Cache-Control', immutable ? IMMUTABLE : 'no-cache');
    },
  });
  const assets = (req: Request, res: Response, next: NextFunction) => {
    const variants =
      (req.method === 'GET' || req.method === 'HEAD') && req.path.startsWith(ASSETS_PREFIX)
        ? precompressed.get(req.path)
        : undefined;
    if (!variants) return files(req, res, next);
    // The answer depends on Accept-Encoding whichever encoding goes out, so caches must keep them apart.
    res.vary('Accept-Encoding');
    const encoding = ENCODINGS.find(
      (candidate) => variants.has(candidate.name) && accepts(req.headers['accept-encoding'], candidate.name),
    );
    if (!encoding) return files(req, res, next);
    sendEncoded(req, res, next, webDistDir, encoding);
  };
  // API requests skip the file lookup: a stat() per call is a measurable share of a small endpoint's time.
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req) ? next() : assets(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req) || (req.method !== 'GET' && req.method !== 'HEAD') || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}

function sendEncoded(req: Request, res: Response, next: NextFunction, root: string, encoding: Encoding) {
  res.type(path.extname(req.path));
  res.setHeader('Content-Encoding', encoding.name);
  res.setHeader('Cache-Control', IMMUTABLE);
  res.sendFile(`${req.path}${encoding.suffix}`, { root, dotfiles: 'deny' }, (error) => {
    if (!error) return;
    res.removeHeader('Content-Encoding');
    next(error);
  });
}

/** URL path of each hashed asset → the encodings written beside it; read once, since a build never changes under a running server. */
function precompressedAssets(webDistDir: string): Map<string, Set<Encoding['name']>> {
  const found = new Map<string, Set<Encoding['name']>>();
  const dir = path.join(webDistDir, 'assets');
  if (!fs.existsSync(dir)) return found;
  for (const name of fs.readdirSync(dir)) {
    const encoding = ENCODINGS.find((candidate) => name.endsWith(candidate.suffix));
    if (!encoding) continue;
    const original = name.slice(0, -encoding.suffix.length);
    if (!fs.existsSync(path.join(dir, original))) continue;
    const key = `${ASSETS_PREFIX}${original}`;
    found.set(key, (found.get(key) ?? new Set()).add(encoding.name));
  }
  return found;
}

/** Whether an Accept-Encoding header allows `encoding` (named, or through "*"), honouring q=0. */
export function accepts(header: string | string[] | undefined, encoding: string): boolean {
  const offers = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase().split(',');
  let wildcard: boolean | undefined;
  for (const offer of offers) {
    const [token, ...params] = offer.trim().split(';');
    const q = params.map((param) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    const allowed = q === undefined || Number(q) > 0;
    if (token === encoding) return allowed;
    if (token === '*') wildcard = allowed;
  }
  return wildcard ?? false;
}

const isApiPath = (req: Request) => req.path === '/api' || req.path.startsWith('/api/');
