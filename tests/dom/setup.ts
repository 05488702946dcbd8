import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  // WxtVitest does not reset the fake browser between tests.
  fakeBrowser.reset();
  // The fake browser has no commands API; the background registers a listener there.
  (fakeBrowser as unknown as { commands: object }).commands = { onCommand: { addListener: vi.fn(), removeListener: vi.fn() } };
});
