import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background.ts';

describe('background', () => {
  it('opens the settings page on install when site access was not granted (Firefox MV3)', async () => {
    const contains = vi.fn().mockResolvedValue(false);
    const open = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser.permissions as unknown as { contains: typeof contains }).contains = contains;
    fakeBrowser.runtime.openOptionsPage = open;
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce());
  });

  it('does not nag when access is granted or on update', async () => {
    const contains = vi.fn().mockResolvedValue(true);
    const open = vi.fn();
    (fakeBrowser.permissions as unknown as { contains: typeof contains }).contains = contains;
    fakeBrowser.runtime.openOptionsPage = open;
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await new Promise((r) => setTimeout(r, 10));
    expect(open).not.toHaveBeenCalled();
  });
});
