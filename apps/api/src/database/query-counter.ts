import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface RequestQueries {
  count: number;
  statements?: { sql: string; parameters: unknown[] }[];
}

const requestQueries = new AsyncLocalStorage<RequestQueries>();

/**
 * Benchmark instrumentation, off unless QUERY_COUNT_HEADER=true: counts the SQL statements each request runs
 * (X-Query-Count header) and, with QUERY_LOG_FILE, records them so the benchmark can replay exactly the same
 * statements as raw SQL.
 */
export class QueryCountingLogger implements TypeOrmLogger {
  logQuery(sql: string, parameters?: unknown[]): void {
    const store = requestQueries.getStore();
    if (!store) return;
    store.count++;
    store.statements?.push({ sql, parameters: parameters ?? [] });
  }
  logQueryError(): void {
    // only statements are counted
  }
  logQuerySlow(): void {
    // only statements are counted
  }
  logSchemaBuild(): void {
    // only statements are counted
  }
  logMigration(): void {
    // only statements are counted
  }
  log(): void {
    // only statements are counted
  }
}

export function queryCountHeader(logFile: string | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // Statements are recorded only for requests that ask (the benchmark's probe), never for the load itself.
    const record = Boolean(logFile) && req.headers['x-log-queries'] === '1';
    const store: RequestQueries = { count: 0, statements: record ? [] : undefined };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    res.writeHead = ((...args: unknown[]) => {
      if (!res.headersSent) res.setHeader('X-Query-Count', String(store.count));
      return writeHead(...args);
    }) as Response['writeHead'];
    if (record && logFile) {
      res.on('finish', () =>
        fs.appendFileSync(
          logFile,
          `${JSON.stringify({ method: req.method, url: req.originalUrl, statements: store.statements })}\n`,
        ),
      );
    }
    requestQueries.run(store, next);
  };
}
