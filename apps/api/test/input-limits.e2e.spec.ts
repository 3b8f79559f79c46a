import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCitizenId } from '@motcua/domain';
import { IMPORT_COLUMNS } from '../src/officers/import/import-columns';
import { bearer, createTestApp, TestApp } from '../src/testing/test-app';
import { craftedXlsx, excelOrderedXlsx, sharedStringsBomb, sheetBomb, sheetOf, sheetRow } from './support/crafted-xlsx';
import { expectStandardError } from './support/standard-error';
import { streamUntilAnswered } from './support/streamed-request';
import { api } from '../src/testing/api-client';

const MB = 1024 * 1024;
const HEADER_ROW = sheetRow(
  1,
  IMPORT_COLUMNS.map((c) => c.header),
);
const DATA_ROW = sheetRow(2, [
  'vu.nv',
  'Nguyễn Văn Vũ',
  'Nam',
  '01/01/1990',
  '001090000001',
  '0912345678',
  '',
  'T15-SYT',
  'Cán bộ',
]);
const CSV_HEADER = IMPORT_COLUMNS.map((c) => c.header).join(',');

const multipartHead = (boundary: string, field: string, fileName: string, type: string) =>
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );

/** What `run` answered and the resident memory the API process gained meanwhile (the app runs in this process). */
async function withRssGrowth<T>(run: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage().rss;
  const result = await run();
  return { result, growth: process.memoryUsage().rss - before };
}

describe('input limits: oversized bodies, uploads and spreadsheets are refused in the standard shape, early', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let officer: { Authorization: string };
  // exceljs spools to the system temporary directory: the app gets its own, to see whether anything lands there.
  const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-spool-'));

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000', TMPDIR: spoolDir } });
    admin = await bearer(t, 'admin');
    officer = await bearer(t, 'officer');
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(spoolDir, { recursive: true, force: true });
  });

  const importFile = (file: Buffer, name: string) =>
    api(t, admin).post('/api/officers/import?mode=dry-run').attach('file', file, name);

  describe('bodies', () => {
    it('refuses a form-encoded body over the limit with 413', async () => {
      const res = await api(t)
        .post('/api/auth/login')
        .type('form')
        .send(`username=officer&password=${'x'.repeat(200_000)}`)
        .expect(413);
      expectStandardError(res.body, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses a chunked JSON body with no Content-Length with 413, discarding it as it streams instead of holding it', async () => {
      const { result: answer, growth } = await withRssGrowth(() =>
        streamUntilAnswered(t, {
          path: '/api/units',
          headers: { ...admin, 'Content-Type': 'application/json' },
          head: Buffer.from('{"name":"'),
          chunk: Buffer.alloc(64 * 1024, 'a'),
          maxBytes: 256 * MB,
        }),
      );
      expect(answer.status).toBe(413);
      expectStandardError(answer.body, 413, 'PAYLOAD_TOO_LARGE');
      expect(growth).toBeLessThan(100 * MB);
    });

    it('refuses a text/plain body, which no route reads, without reading it', async () => {
      const small = await api(t)
        .post('/api/auth/login')
        .set('Content-Type', 'text/plain')
        .send('{"username":"officer","password":"x"}')
        .expect(415);
      expectStandardError(small.body, 415, 'UNSUPPORTED_MEDIA_TYPE');
      const endless = await streamUntilAnswered(t, {
        path: '/api/units',
        headers: { ...admin, 'Content-Type': 'text/plain' },
        chunk: Buffer.alloc(64 * 1024, 'a'),
        maxBytes: 64 * MB,
      });
      expect(endless.status).toBe(415);
      expect(endless.sent).toBeLessThan(64 * MB);
    });
  });

  describe('uploads', () => {
    it('refuses an avatar over 2 MB on the field "file": announced, before reading it; streamed, holding no more than the limit', async () => {
      const announced = await api(t, officer)
        .put('/api/me/avatar')
        .attach('file', Buffer.alloc(2 * MB + 1, 1), 'anh.png')
        .expect(413);
      expectStandardError(announced.body, 413, 'PAYLOAD_TOO_LARGE', { field: 'file', code: 'FILE_TOO_LARGE' });
      expect(announced.body.errors[0].message).toMatch(/2 MB/);

      const { result: streamed, growth } = await withRssGrowth(() =>
        streamUntilAnswered(t, {
          method: 'PUT',
          path: '/api/me/avatar',
          headers: { ...officer, 'Content-Type': 'multipart/form-data; boundary=ranh-gioi' },
          head: multipartHead('ranh-gioi', 'file', 'anh.png', 'image/png'),
          chunk: Buffer.alloc(64 * 1024, 1),
          maxBytes: 256 * MB,
          tail: Buffer.from('\r\n--ranh-gioi--\r\n'),
        }),
      );
      expect(streamed.status).toBe(413);
      expectStandardError(streamed.body, 413, 'PAYLOAD_TOO_LARGE', { field: 'file', code: 'FILE_TOO_LARGE' });
      expect(growth).toBeLessThan(100 * MB);
    });

    it('refuses two files, a file under another name, too many fields and an oversized field with a 400 on "file"', async () => {
      const png = Buffer.from('89504e470d0a1a0a', 'hex');
      const attempts = [
        api(t, officer).put('/api/me/avatar').attach('file', png, 'a.png').attach('file', png, 'b.png'),
        api(t, officer).put('/api/me/avatar').attach('avatar', png, 'a.png'),
        Array.from({ length: 6 }, (_, i) => i)
          .reduce((req, i) => req.field(`f${i}`, 'x'), api(t, officer).put('/api/me/avatar'))
          .attach('file', png, 'a.png'),
        api(t, officer).put('/api/me/avatar').field('note', 'x'.repeat(2048)).attach('file', png, 'a.png'),
      ];
      for (const attempt of attempts) {
        const res = await attempt;
        expect(res.status).toBe(400);
        expectStandardError(res.body, 400, 'VALIDATION_FAILED', { field: 'file', code: 'UPLOAD_INVALID' });
      }
    });

    it('refuses an import file over 10 MB with 413 and reads nothing of it', async () => {
      const res = await importFile(Buffer.alloc(10 * MB + 1, 'a'), 'lon.csv').expect(413);
      expectStandardError(res.body, 413, 'PAYLOAD_TOO_LARGE', { field: 'file', code: 'FILE_TOO_LARGE' });
      expect(res.body.errors[0].message).toMatch(/10 MB/);
    });
  });

  describe('spreadsheets', () => {
    it('stops a small .xlsx that expands to two million rows at the row limit, in bounded memory, spooling nothing', async () => {
      // Worksheets before shared strings, as Excel orders them; 1,000 × 1,000 rows ≈ 480 MB of sheet XML.
      const bomb = craftedXlsx(sheetBomb(HEADER_ROW, DATA_ROW.repeat(1000), 1000));
      expect(bomb.length).toBeLessThan(3 * MB);
      const { result: res, growth } = await withRssGrowth(() => importFile(bomb, 'bom.xlsx'));
      expect(res.status).toBe(400);
      expectStandardError(res.body, 400, 'VALIDATION_FAILED', { field: 'file', code: 'IMPORT_TOO_MANY_ROWS' });
      expect(growth).toBeLessThan(200 * MB);
      expect(fs.readdirSync(spoolDir)).toEqual([]);
    });

    it('refuses shared strings that expand past their cap without holding them', async () => {
      // 3,000,000 strings of 100 characters ≈ 330 MB once expanded.
      const bomb = craftedXlsx(sheetBomb(HEADER_ROW, DATA_ROW, 3), [sharedStringsBomb('x'.repeat(100), 3000)]);
      const { result: res, growth } = await withRssGrowth(() => importFile(bomb, 'chuoi.xlsx'));
      expect(res.status).toBe(400);
      expectStandardError(res.body, 400, 'VALIDATION_FAILED', { field: 'file', code: 'IMPORT_TOO_LARGE' });
      expect(growth).toBeLessThan(200 * MB);
    });

    it('refuses one enormous row of an .xlsx', async () => {
      const wide = craftedXlsx(sheetBomb(`${HEADER_ROW}<row r="2">`, '<c r="A2"><v>1</v></c>'.repeat(10_000), 1000));
      const res = await importFile(wide, 'rong.xlsx').expect(400);
      expectStandardError(res.body, 400, 'VALIDATION_FAILED', { field: 'file', code: 'IMPORT_ROW_TOO_LARGE' });
    });

    it('refuses a CSV whose single line has millions of columns, or one cell of millions of characters, naming the line', async () => {
      for (const line of [','.repeat(9 * MB), `"${'a'.repeat(9 * MB)}"`]) {
        const res = await importFile(Buffer.from(`${CSV_HEADER}\n${line}\n`), 'mot-dong.csv').expect(400);
        expectStandardError(res.body, 400, 'VALIDATION_FAILED', { field: 'file', code: 'IMPORT_ROW_TOO_LARGE' });
        expect(res.body.message).toMatch(/^Dòng 2 /);
      }
    });

    it('reads every Vietnamese name intact, however the archive’s parts are cut into chunks', async () => {
      // 4,000 distinct names: a character split between two chunks of shared strings or sheet would garble one.
      const [family, middle, given] = [
        ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'],
        ['Thị', 'Văn', 'Hữu', 'Đức'],
        ['Ánh', 'Tuyết', 'Hùng', 'Dũng', 'Phượng', 'Hương', 'Quế', 'Trường', 'Nghĩa', 'Lộc'],
      ];
      const people = Array.from({ length: 4000 }, (_, i) => {
        const female = i % 4 === 0;
        const name = `${family[i % 10]} ${middle[Math.floor(i / 10) % 4]} ${given[Math.floor(i / 40) % 10]} ${given[Math.floor(i / 400) % 10]}`;
        return [
          `ten.${i}`,
          name,
          female ? 'Nữ' : 'Nam',
          '01/01/1990',
          buildCitizenId('001', female ? 'female' : 'male', 1990, String(300_000 + i)),
          null,
          null,
          'T15-SYT',
          'Cán bộ',
        ];
      });
      const header = IMPORT_COLUMNS.map((c) => c.header);
      const inline = craftedXlsx(
        sheetOf(
          [header, ...people]
            .map((row, i) =>
              sheetRow(
                i + 1,
                row.map((value) => value ?? ''),
              ),
            )
            .join(''),
        ),
      );
      for (const [file, name] of [
        [excelOrderedXlsx([header, ...people]), 'chuoi-chung.xlsx'],
        [inline, 'chuoi-trong-o.xlsx'],
      ] as const) {
        const res = await importFile(file, name).expect(200);
        expect(res.body).toMatchObject({ totals: { rows: 4000, create: 4000, errors: 0 }, errors: [] });
      }
    });

    it('still reads a spreadsheet laid out as Excel writes it: shared strings and date styles after the sheet', async () => {
      const data = [
        'vu.nv',
        'Nguyễn Văn Vũ',
        'Nam',
        new Date(Date.UTC(1990, 0, 1)),
        '001090000001',
        '0912345678',
        null,
        'T15-SYT',
        'Cán bộ',
      ];
      const res = await importFile(excelOrderedXlsx([IMPORT_COLUMNS.map((c) => c.header), data]), 'excel.xlsx').expect(
        200,
      );
      expect(res.body).toMatchObject({ totals: { rows: 1, create: 1, errors: 0 }, errors: [] });
    });
  });
});
