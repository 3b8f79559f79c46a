import { setupServer } from 'msw/node';

/** The tests' only network: every spec declares the API answers it needs with `server.use(...)` or `mockApi(...)`. */
export const server = setupServer();
