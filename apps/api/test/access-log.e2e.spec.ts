import type { Test } from 'supertest';
import { createTestApp, type TestApp } from '../src/testing/test-app';
import { captureOutput } from './support/secret-haystack';
import { api } from '../src/testing/api-client';

interface LogLine {
  msg?: string;
  req?: { id?: string };
  res?: { statusCode?: number; reason?: string };
  reqId?: string;
  statusCode?: number;
  reason?: string;
}

/** The access-log lines naming this request id, whichever of the two shapes (routed or refused by the parser) wrote them. */
function linesFor(output: string, id: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.req?.id === id || line.reqId === id);
}

describe('the access log holds answers refused before routing', () => {
  let t: TestApp;
  let output: ReturnType<typeof captureOutput>;

  beforeAll(async () => {
    output = captureOutput();
    t = await createTestApp({ env: { LOG_LEVEL: 'info' } });
  });
  afterAll(async () => {
    await t?.close();
    output?.restore();
  });

  const secret = 'Bi-Mat#Trong-Than-2026';
  const refusals: [string, () => Test, number][] = [
    [
      'an oversized body (413)',
      () =>
        api(t)
          .post('/api/auth/login')
          .set('Content-Type', 'application/json')
          .send(JSON.stringify({ password: secret, pad: 'x'.repeat(2_000_000) })),
      413,
    ],
    [
      'malformed JSON (400)',
      () => api(t).post('/api/auth/login').set('Content-Type', 'application/json').send(`{"password":"${secret}",`),
      400,
    ],
    [
      'an unread body type (415)',
      () => api(t).post('/api/auth/login').set('Content-Type', 'text/plain').send(`password=${secret}`),
      415,
    ],
    ['a method the path does not take (405)', () => api(t).delete('/api/auth/login'), 405],
    ['headers over Node’s limit (431)', () => api(t).get('/api/me/profile').set('X-Filler', 'y'.repeat(20_000)), 431],
    // A routed answer stays logged once, not twice.
    ['a routed answer (401)', () => api(t).get('/api/me/profile'), 401],
  ];

  it.each(refusals)(
    '%s: one line with the answered request id, its status and a reason, and no body',
    async (_name, send, status) => {
      const res = await send();
      expect(res.status).toBe(status);
      const id = res.headers['x-request-id'] as string;
      expect(id).toMatch(/^[\w-]{8,64}$/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const lines = linesFor(output.text(), id);
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line.res?.statusCode ?? line.statusCode).toBe(status);
      expect(line.res?.reason ?? line.reason).toBeTruthy();
      expect(JSON.stringify(line)).not.toContain(secret);
    },
  );
});
