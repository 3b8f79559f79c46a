import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';

// Whole react-admin screens render slowly in jsdom, the more so on a busy machine: wait up to 5 s, not 1 s.
configure({ asyncUtilTimeout: 5_000 });

// A request no handler answers fails the test: a spec states every call the screen makes.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
