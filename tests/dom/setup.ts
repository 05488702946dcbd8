import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  // WxtVitest does not reset the fake browser between tests.
  fakeBrowser.reset();
  // The fake browser has no commands API; the background registers a listener there.
  (fakeBrowser as unknown as { commands: object }).commands = { onCommand: { addListener: vi.fn(), removeListener: vi.fn() } };
  // ... nor permissions.onAdded ...
  (fakeBrowser.permissions as unknown as { onAdded: object }).onAdded = { addListener: vi.fn(), removeListener: vi.fn() };
  // ... nor action.setIcon (the badge turns the icon grey) ...
  fakeBrowser.action.setIcon = vi.fn().mockResolvedValue(undefined);
  // ... nor getManifest, which the background reads for its content script's path.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '0.0.0', content_scripts: [] });
});
