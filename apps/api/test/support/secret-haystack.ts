import ExcelJS from 'exceljs';
import type { Response, Test } from 'supertest';
import type { DataSource } from 'typeorm';
import { asExcelInput, type TestApp } from '../../src/testing/test-app';

type Http = TestApp['http'];
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head']);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A secret the journey met, and the only places it may legitimately appear (e.g. the answer that handed it out). */
export interface Secret {
  name: string;
  value: string;
  disclosedIn: string[];
  /** Another spelling of a secret (a code without its dashes): its disclosure shows the usual spelling. */
  variant?: boolean;
}

/** Every cell of every sheet, as text: what a person opening the file sees. */
async function workbookText(file: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asExcelInput(file));
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(`${sheet.name}!${cell.address}=${cell.text}`))),
  );
  return cells.join('\n');
}

/**
 * Everything a journey left where someone could read it — each response (status, headers, body; spreadsheets as
 * their cells), each line the process printed, each database row — labelled by where it came from, to search
 * for secrets afterwards.
 */
export class Haystack {
  private readonly pieces = new Map<string, string[]>();
  private readonly pending: Promise<void>[] = [];
  private readonly labels = new WeakMap<Response, string>();
  private responses = 0;

  add(source: string, text: string): void {
    this.pieces.set(source, [...(this.pieces.get(source) ?? []), text]);
  }

  /** The label under which a recorded response was filed, to name it as the one place a secret may appear. */
  sourceOf(res: Response): string {
    const label = this.labels.get(res);
    if (!label) throw new Error('this response was not recorded');
    return label;
  }

  sources(prefix = ''): string[] {
    return [...this.pieces.keys()].filter((source) => source.startsWith(prefix));
  }

  textOf(source: string): string {
    return (this.pieces.get(source) ?? []).join('\n');
  }

  /** `http`, recording every response it receives. */
  recording(http: Http): Http {
    return () =>
      new Proxy(http(), {
        get: (target, name, receiver) => {
          const value = Reflect.get(target, name, receiver);
          if (typeof value !== 'function' || !METHODS.has(String(name))) return value;
          return (url: string) => {
            const test = (value as (url: string) => Test).call(target, url);
            test.on('response', (res: Response) => this.record(`${String(name).toUpperCase()} ${url}`, res));
            return test;
          };
        },
      });
  }

  private record(request: string, res: Response): void {
    const label = `response #${++this.responses} ${request} → ${res.status}`;
    this.labels.set(res, label);
    this.add(label, JSON.stringify(res.headers));
    if (Buffer.isBuffer(res.body)) {
      const file = res.body;
      if (String(res.headers['content-type']).startsWith(XLSX))
        this.pending.push(workbookText(file).then((text) => this.add(label, text)));
      else this.add(label, file.toString('utf8'));
    } else {
      this.add(label, res.text ?? JSON.stringify(res.body));
    }
  }

  /** Every row of every table of the app's database, one source per table (and one per `ownSources` column). */
  async addDatabase(dataSource: DataSource, ownSources: Record<string, string[]> = {}): Promise<void> {
    const tables: { name: string }[] =
      dataSource.options.type === 'postgres'
        ? await dataSource.query(
            `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
          )
        : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
    for (const { name } of tables) {
      const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM "${name}"`);
      const separate = ownSources[name] ?? [];
      const text = (value: unknown) => (Buffer.isBuffer(value) ? `<${value.length} bytes>` : JSON.stringify(value));
      this.add(
        `db:${name}`,
        rows
          .map((row) =>
            Object.entries(row)
              .filter(([column]) => !separate.includes(column))
              .map(([column, value]) => `${column}=${text(value)}`)
              .join(' '),
          )
          .join('\n'),
      );
      for (const column of separate) this.add(`db:${name}.${column}`, rows.map((row) => text(row[column])).join('\n'));
    }
  }

  /** Waits for the spreadsheets still being read. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** "secret → source" for every place a secret appears outside the places it may. */
  async leaksOf(secrets: Secret[]): Promise<string[]> {
    await this.settled();
    return secrets.flatMap((secret) =>
      [...this.pieces.keys()]
        .filter((source) => !secret.disclosedIn.includes(source) && this.textOf(source).includes(secret.value))
        .map((source) => `${secret.name} → ${source}`),
    );
  }
}

/** Everything the process writes to stdout and stderr from now on (pino writes JSON lines to stdout). */
export function captureOutput(): { text(): string; restore(): void } {
  const chunks: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const capture = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  // Replaced before the app starts: pino then writes through process.stdout instead of straight to file descriptor 1.
  process.stdout.write = capture;
  process.stderr.write = capture;
  return {
    text: () => chunks.join(''),
    restore: () => {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    },
  };
}
