import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

/** Every text of a catalogue by its key path, so a snapshot shows exactly which key or value changed. */
const texts = (messages: unknown, prefix = ''): Record<string, unknown> =>
  typeof messages === 'object' && messages !== null
    ? Object.assign(
        {},
        ...Object.entries(messages).map(([key, child]) => texts(child, prefix ? `${prefix}.${key}` : key)),
      )
    : { [prefix]: messages };

// The snapshots were taken before the feature texts moved into their folders: the user sees the same catalogue.
describe('the assembled catalogues', () => {
  it('holds the same Vietnamese texts', () => {
    expect(texts(vi)).toMatchSnapshot();
  });

  it('holds the same English texts', () => {
    expect(texts(en)).toMatchSnapshot();
  });
});
