import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { accepts, serveSpa } from './spa';

const BUNDLE = `export const greeting = ${JSON.stringify('Xin chào '.repeat(400))};\n`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

describe('the SPA’s static files', () => {
  let dir: string;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-spa-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Một Cửa</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-Ab12Cd34.js'), BUNDLE);
    fs.writeFileSync(path.join(dir, 'assets', 'tiny-Zz99.css'), 'a{}');
    // As the web build runs it.
    execFileSync(process.execPath, [
      path.resolve(__dirname, '../../../../tools/scripts/precompress.js'),
      path.join(dir, 'assets'),
    ]);
    const app = express();
    serveSpa(app as unknown as NestExpressApplication, dir);
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A raw request: no client-side decompression, so the bytes on the wire are what the test reads. */
  const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Answer>((resolve, reject) => {
      const request = http.request(`${base}${url}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      request.on('error', reject);
      request.end();
    });

  it('writes brotli and gzip twins beside each compressible asset, not for files too small to gain', () => {
    expect(fs.existsSync(path.join(dir, 'assets', 'index-Ab12Cd34.js.br'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'assets', 'index-Ab12Cd34.js.gz'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'assets', 'tiny-Zz99.css.br'))).toBe(false);
  });

  it('sends brotli to a browser that accepts it, as JavaScript, cached for a year, varying on Accept-Encoding', async () => {
    const answer = await get('/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(BUNDLE) / 5);
    expect(zlib.brotliDecompressSync(answer.body).toString()).toBe(BUNDLE);
  });

  it('sends gzip when brotli is not accepted or refused with q=0', async () => {
    for (const header of ['gzip, deflate', 'br;q=0, gzip;q=0.8']) {
      const answer = await get('/assets/index-Ab12Cd34.js', { 'Accept-Encoding': header });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(answer.body).toString()).toBe(BUNDLE);
    }
  });

  it('sends the plain file, still varying on Accept-Encoding, to a client that accepts no encoding', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': '*;q=0' }] as Record<
      string,
      string
    >[]) {
      const answer = await get('/assets/index-Ab12Cd34.js', headers);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.body.toString()).toBe(BUNDLE);
    }
  });

  it('answers HEAD and a revalidation like GET', async () => {
    const head = await get('/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    const first = await get('/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'br' });
    const again = await get('/assets/index-Ab12Cd34.js', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('never caches index.html, for the root and for a client route, and serves small files as they are', async () => {
    for (const url of ['/', '/officers/12/show']) {
      const answer = await get(url, { 'Accept-Encoding': 'br, gzip' });
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.body.toString()).toContain('Một Cửa');
    }
    const tiny = await get('/assets/tiny-Zz99.css', { 'Accept-Encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('a{}');
  });

  it('does not serve the twins of files that are not there, nor anything outside the assets', async () => {
    expect((await get('/assets/missing-1234.js', { 'Accept-Encoding': 'br' })).status).toBe(404);
    expect((await get('/assets/../index.html.br', { 'Accept-Encoding': 'br' })).status).toBe(404);
  });
});

describe('reading Accept-Encoding', () => {
  it('takes a named encoding, a wildcard, and q=0 as a refusal', () => {
    expect(accepts('gzip, deflate, br', 'br')).toBe(true);
    expect(accepts('gzip', 'br')).toBe(false);
    expect(accepts('br;q=0', 'br')).toBe(false);
    expect(accepts('*', 'br')).toBe(true);
    expect(accepts('*;q=0, gzip', 'br')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
    expect(accepts('BR; q=0.5', 'br')).toBe(true);
  });
});
