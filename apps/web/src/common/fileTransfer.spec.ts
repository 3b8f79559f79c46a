import { HttpError } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAccessTokenSource, setSessionRenewer } from '../providers/http';
import { mockApi, on } from '../test/api';
import { downloadFile, fetchFile, fileNameOf } from './fileTransfer';

const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]);
const XLSX = { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

describe('file names from Content-Disposition', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(
      fileNameOf('attachment; filename="a.xlsx"; filename*=UTF-8\'\'danh-s%C3%A1ch-c%C3%A1n-b%E1%BB%99.xlsx', 'x'),
    ).toBe('danh-sách-cán-bộ.xlsx');
    expect(fileNameOf('attachment; filename="mau-nhap-can-bo.xlsx"', 'x')).toBe('mau-nhap-can-bo.xlsx');
    expect(fileNameOf('attachment; filename=can-bo.csv', 'x')).toBe('can-bo.csv');
    expect(fileNameOf(null, 'danh-sach-can-bo.xlsx')).toBe('danh-sach-can-bo.xlsx');
  });
});

describe('downloading a file from the API', () => {
  beforeEach(() => {
    setAccessTokenSource(() => 'token-123');
  });

  afterEach(() => {
    setAccessTokenSource(() => null);
    setSessionRenewer(async () => false);
  });

  it('refreshes an expired session once, as apiFetch does, and retries with the new token', async () => {
    let token = 'expired';
    setAccessTokenSource(() => token);
    setSessionRenewer(async () => {
      token = 'fresh';
      return true;
    });
    const api = mockApi(
      on('GET', '/api/officers/export', (call) =>
        call.headers.get('Authorization') === 'Bearer fresh'
          ? { status: 200, body: xlsx, headers: XLSX }
          : { status: 401, body: { statusCode: 401 } },
      ),
    );
    const { blob } = await fetchFile('/api/officers/export?format=xlsx', 'can-bo.xlsx');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(xlsx);
    expect(api.calls.map((call) => call.headers.get('Authorization'))).toEqual(['Bearer expired', 'Bearer fresh']);
  });

  it('gives up with the 401 when the session cannot be renewed', async () => {
    const api = mockApi(
      on('GET', '/api/officers/export', {
        status: 401,
        body: { statusCode: 401, code: 'UNAUTHORIZED', message: 'Phiên đăng nhập đã hết hạn.' },
      }),
    );
    const error = await fetchFile('/api/officers/export?format=xlsx', 'can-bo.xlsx').catch((e: unknown) => e);
    expect((error as HttpError).status).toBe(401);
    expect(api.calls).toHaveLength(1);
  });

  it('sends the user’s access token and keeps the bytes intact', async () => {
    const api = mockApi(
      on('GET', '/api/officers/import/batches/b1/activation-codes', {
        status: 200,
        body: xlsx,
        headers: { ...XLSX, 'Content-Disposition': 'attachment; filename="ma-kich-hoat.xlsx"' },
      }),
    );
    const { blob, fileName } = await fetchFile('/api/officers/import/batches/b1/activation-codes', 'codes.xlsx');
    expect(fileName).toBe('ma-kich-hoat.xlsx');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(xlsx);
    expect(api.calls.map((call) => call.url)).toEqual(['/api/officers/import/batches/b1/activation-codes']);
    expect(api.calls[0].headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('turns the API’s error into the HttpError apiFetch would throw (second download of the codes: 410)', async () => {
    const body = {
      statusCode: 410,
      code: 'ACTIVATION_SHEET_GONE',
      message: 'Danh sách mã kích hoạt chỉ được tải một lần và đã được tải.',
    };
    mockApi(on('GET', '/api/officers/import/batches/b1/activation-codes', { status: 410, body }));
    const error = await fetchFile('/api/officers/import/batches/b1/activation-codes', 'codes.xlsx').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(410);
    expect((error as HttpError).message).toBe(body.message);
    expect((error as HttpError).body.api.code).toBe('ACTIVATION_SHEET_GONE');
  });

  it('leaves the browser’s fetch as it found it, even for downloads started together', async () => {
    const api = mockApi(
      on('GET', '/a', { status: 200, body: xlsx, headers: XLSX }),
      on('GET', '/b', { status: 200, body: xlsx, headers: XLSX }),
    );
    const browserFetch = globalThis.fetch;
    await Promise.all([fetchFile('/a', 'a.xlsx'), fetchFile('/b', 'b.xlsx')]);
    expect(globalThis.fetch).toBe(browserFetch);
    expect(api.calls.map((call) => call.url).sort()).toEqual(['/a', '/b']);
  });

  it('saves the file under the server’s name', async () => {
    mockApi(
      on('GET', '/api/officers/import/template', {
        status: 200,
        body: xlsx,
        headers: { ...XLSX, 'Content-Disposition': 'attachment; filename="mau-nhap-can-bo.xlsx"' },
      }),
    );
    // jsdom has no object URLs: lend them for this test only.
    const lent = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    const createObjectURL = vi.fn(() => 'blob:mau');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      expect(await downloadFile('/api/officers/import/template', 'template.xlsx')).toBe('mau-nhap-can-bo.xlsx');
      expect(clicked).toEqual(['mau-nhap-can-bo.xlsx']);
      expect(createObjectURL).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:mau');
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      click.mockRestore();
      Object.assign(URL, lent);
    }
  });
});
