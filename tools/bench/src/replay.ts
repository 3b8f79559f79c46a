import fs from 'node:fs';
import type { BenchDb } from './bench-db';
import { medianMs } from './load';

interface LoggedRequest {
  method: string;
  url: string;
  statements: { sql: string; parameters: unknown[] }[];
}

/** The statements the API ran for the most recent request to `url` (QUERY_LOG_FILE, written as the response finishes). */
export async function loggedStatements(logFile: string, urlPrefix: string): Promise<LoggedRequest['statements']> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').reverse() : [];
    for (const line of lines) {
      const entry = line ? (JSON.parse(line) as LoggedRequest) : undefined;
      if (entry?.url.startsWith(urlPrefix)) return entry.statements;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no logged request for ${urlPrefix}`);
}

const READ_ONLY = /^\s*(SELECT|WITH)\b/i;

/** Median time to run the same read statements as raw SQL from this process, skipping writes. */
export async function rawMedian(db: BenchDb, statements: LoggedRequest['statements'], times: number): Promise<number> {
  const reads = statements.filter((s) => READ_ONLY.test(s.sql));
  await db.reloadStatistics();
  return medianMs(times, async () => {
    for (const statement of reads) await db.raw(statement.sql, statement.parameters);
  });
}
