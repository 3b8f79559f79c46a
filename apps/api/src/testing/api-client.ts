import type { TestApp } from './test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Requests to the test app as one caller, the body given with the method, so that
 * `await api(t, admin).patch(url, body).expect(200)` reads on one line where supertest's chain breaks into six.
 */
export function api(t: Pick<TestApp, 'http'>, headers: Record<string, string> = {}) {
  const call = (method: Method) => (url: string, body?: string | object) => {
    const req = t.http()[method](url).set(headers);
    return body === undefined ? req : req.send(body);
  };
  return { get: call('get'), post: call('post'), put: call('put'), patch: call('patch'), delete: call('delete') };
}
