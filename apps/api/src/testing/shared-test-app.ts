import { createTestApp, type TestApp, type TestAppOptions } from './test-app';

/**
 * The app every test of the enclosing describe block shares: started before its first test, closed after its
 * last. The block's body runs before beforeAll, so what is returned at once is a stand-in that reaches the
 * running app (and says so when a test would use it outside a test).
 */
export function sharedTestApp(options: TestAppOptions = {}): TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await createTestApp(options);
  });
  afterAll(() => current?.close());
  const running = (): TestApp => {
    if (!current) throw new Error('the shared test app runs only between beforeAll and afterAll');
    return current;
  };
  return {
    get app() {
      return running().app;
    },
    get dataSource() {
      return running().dataSource;
    },
    get database() {
      return running().database;
    },
    http: () => running().http(),
    close: () => running().close(),
  };
}
