import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../src/testing/test-app';

export interface StreamedAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** Bytes of body the client had written when the answer came. */
  sent: number;
}

/** The in-process app's HTTP server, listening on an ephemeral port (supertest reuses it). */
export async function listeningPort(t: TestApp): Promise<number> {
  const server = t.app.getHttpServer() as http.Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * POSTs (or PUTs) a chunked body with no Content-Length — `head`, then `chunk` over and over — until the server
 * answers or `maxBytes` are written, and reports how much had been sent. A server that refuses while reading
 * answers long before `maxBytes`; one that reads everything first answers only once the body ends.
 */
export async function streamUntilAnswered(
  t: TestApp,
  options: {
    method?: 'POST' | 'PUT';
    path: string;
    headers: Record<string, string>;
    head?: Buffer;
    chunk: Buffer;
    maxBytes: number;
    tail?: Buffer;
  },
): Promise<StreamedAnswer> {
  const port = await listeningPort(t);
  const req = http.request({
    host: '127.0.0.1',
    port,
    path: options.path,
    method: options.method ?? 'POST',
    headers: { ...options.headers, 'Transfer-Encoding': 'chunked' },
  });
  let answer: http.IncomingMessage | undefined;
  const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
    req.on('response', (res) => resolve((answer = res)));
    req.on('error', reject);
  });
  // The server may close the connection once it has answered: a write after that is expected to fail.
  answered.catch(() => undefined);
  let sent = 0;
  const write = async (data: Buffer) => {
    sent += data.length;
    if (!req.write(data)) await Promise.race([once(req, 'drain'), answered]);
  };
  if (options.head) await write(options.head);
  while (!answer && sent < options.maxBytes) {
    await write(options.chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!answer) {
    if (options.tail) req.write(options.tail);
    req.end();
  }
  const res = await answered;
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  req.destroy();
  const text = Buffer.concat(chunks).toString('utf8');
  return {
    status: res.statusCode ?? 0,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    sent,
  };
}
