import fs from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Serves the built SPA: hashed assets cached for a year, index.html never cached, and every non-API GET
 * that is not a file falls back to index.html so client routes survive a reload. `/api/*` is never shadowed.
 */
export function serveSpa(app: NestExpressApplication, webDistDir: string): boolean {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const files = express.static(webDistDir, {
    index: false,
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // API requests skip the file lookup: a stat() per call is a measurable share of a small endpoint's time.
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req) || (req.method !== 'GET' && req.method !== 'HEAD') || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}

const isApiPath = (req: Request) => req.path === '/api' || req.path.startsWith('/api/');
