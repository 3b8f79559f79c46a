import { Blob, File } from 'node:buffer';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';

// Whole react-admin screens render slowly in jsdom, the more so on a busy machine: wait up to 5 s, not 1 s.
configure({ asyncUtilTimeout: 5_000 });

// jsdom's FormData, File and Blob are not Node's: Node's fetch (which msw intercepts) would send an uploaded file
// as the text "undefined". The browser's own classes are Node's here, so an upload reaches the handlers intact.
const NodeFormData = (await new Response(new URLSearchParams()).formData()).constructor;
Object.assign(globalThis, { FormData: NodeFormData, File, Blob });

// A request no handler answers fails the test: a spec states every call the screen makes.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
