import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { main } from '@/entrypoints/background.ts';
import { defaultSettings, type Settings } from '@/core/settings/index.ts';

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

describe('the toolbar badge', () => {
  const report = async (message: unknown, tabId = 7, frameId = 0) => {
    const responses: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId }, (r: unknown) => responses.push(r));
    await vi.waitFor(() => expect(responses).toHaveLength(1));
    return responses[0];
  };

  it('shows the count a tab reports, capped at 99+, and nothing for a paused or empty page', async () => {
    main(async () => true);
    expect(await report({ type: 'page-report', count: 12, status: 'active' })).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('12');
    await report({ type: 'page-report', count: 240, status: 'active' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('99+');
    await report({ type: 'page-report', count: 12, status: 'site-off' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    await report({ type: 'page-report', count: 0, status: 'active' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    // the icon is grey when paused or when there is nothing on the page, in colour otherwise
    const icons = vi.mocked(fakeBrowser.action.setIcon).mock.calls.map(([d]) => String((d as { path: Record<string, string> }).path['16']));
    expect(icons).toEqual(['/icon/16.png', '/icon/16.png', '/icon/grey-16.png', '/icon/grey-16.png']);
  });

  it('shows no count when the reader switched the badge off', async () => {
    main(async () => false);
    await report({ type: 'page-report', count: 12, status: 'active' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('ignores reports from frames, malformed reports, and messages from other extensions', async () => {
    main(async () => true);
    await report({ type: 'page-report', count: 5, status: 'active' }, 7, 3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    const sendResponse = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-report', count: -1, status: 'active' }, { id: fakeBrowser.runtime.id, tab: { id: 7 } as never }, sendResponse);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-report', count: 5, status: 'active' }, { id: 'another-extension', tab: { id: 7 } as never }, sendResponse);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'format-disk' }, { id: fakeBrowser.runtime.id }, sendResponse);
    await new Promise((r) => setTimeout(r, 10));
    expect(sendResponse).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});

describe('settings for content scripts', () => {
  const ask = async (message: unknown) => {
    const responses: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, tab: { id: 3 } as never, frameId: 0 }, (r: unknown) => responses.push(r));
    await vi.waitFor(() => expect(responses).toHaveLength(1));
    return responses[0];
  };

  it('answers with the settings repaired, keeping the valid fields of a corrupt value', async () => {
    main(async () => true);
    await fakeBrowser.storage.sync.set({ settings: { version: 1, enabled: 'yes', hoverDelayMs: 900, density: 'every' } });
    const s = (await ask({ type: 'page-settings' })) as Settings;
    expect(s).toEqual({ ...defaultSettings(), hoverDelayMs: 900, density: 'every' });
  });

  it('mutes an entity and pauses a site once each, keeping the other settings', async () => {
    main(async () => true);
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), density: 'every' } });
    expect(await ask({ type: 'mute-entity', id: 'sana' })).toEqual({ ok: true });
    expect(await ask({ type: 'mute-entity', id: 'sana' })).toEqual({ ok: true });
    expect(await ask({ type: 'pause-site', hostname: 'WWW.BBC.co.uk' })).toEqual({ ok: true });
    expect(await ask({ type: 'pause-site', hostname: 'bbc.co.uk' })).toEqual({ ok: true });
    const s = (await ask({ type: 'page-settings' })) as Settings;
    expect(s.mutedEntities).toEqual(['sana']);
    expect(s.blockList).toEqual(['bbc.co.uk']);
    expect(s.density).toBe('every');
  });

  it('refuses to mute what is not an entity, and saves nothing', async () => {
    main(async () => true);
    const sendResponse = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'mute-entity', id: 'hamas' }, { id: fakeBrowser.runtime.id }, sendResponse);
    await new Promise((r) => setTimeout(r, 10));
    expect(sendResponse).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
