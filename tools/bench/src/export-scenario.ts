import type { ApiProcess } from './server';
import type { ScenarioResult } from './main';

/** The whole province's officer list downloaded as CSV and as .xlsx, each read to its last byte. */
export async function exportScenario(api: ApiProcess, admin: Record<string, string>): Promise<ScenarioResult[]> {
  const download = async (format: 'csv' | 'xlsx') => {
    const start = process.hrtime.bigint();
    const res = await fetch(`${api.baseUrl}/api/officers/export?format=${format}`, { headers: admin });
    if (!res.ok) throw new Error(`export ${format} → ${res.status} ${await res.text()}`);
    const body = Buffer.from(await res.arrayBuffer());
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, body };
  };
  let rows = 0;
  const results: ScenarioResult[] = [];
  for (const format of ['csv', 'xlsx'] as const) {
    await download(format); // warm-up: the first run also optimises the writer's code
    const { seconds, body } = await download(format);
    // Generated officers have no line break in any field: a CSV line is a row (less the header).
    if (format === 'csv') rows = body.toString('utf8').trimEnd().split('\n').length - 1;
    const rate = Math.round(rows / seconds);
    results.push({
      scenario: `export ${format} of the whole province (rows/s)`,
      rps: rate,
      note: `${rows} rows in ${Math.round(seconds * 1000)} ms, ${Math.round(body.length / 1024)} KB`,
      target: 'reference',
    });
  }
  return results;
}
