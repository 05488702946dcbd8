import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm, type SaveOutcome } from '@/components/SettingsForm.tsx';
import { DEFAULT_SETTINGS, SETTINGS_CATEGORIES, exportSettings, type Settings } from '@/core/settings/index.ts';
import { pack } from '@/lib/knowledge-pack.ts';
import { getSettings, resetSettings, saveSettings, type PatchOrUpdate } from '@/lib/settings-store.ts';
import { mount } from './support.tsx';

/** The form wired to the real store, as the options page wires it. */
function Live({ initial, settleMs = 30 }: { initial: Settings; settleMs?: number }) {
  const [s, setS] = useState(initial);
  const onSave = async (u: PatchOrUpdate) => {
    const r = await saveSettings(u);
    if (r.ok) setS(r.settings);
    return r;
  };
  const onReset = async () => {
    const r = await resetSettings();
    if (r.ok) setS(r.settings);
    return r;
  };
  return <SettingsForm settings={s} entities={pack.entities} onSave={onSave} onReset={onReset} settleMs={settleMs} />;
}

async function live(lang: 'en' | 'fr' | 'ar' = 'en', settleMs?: number) {
  const initial = await getSettings();
  return mount(<Live initial={initial} settleMs={settleMs} />, lang);
}

const q = <T extends Element = HTMLInputElement>(root: Element, sel: string) => {
  const el = root.querySelector<T>(sel as string);
  if (!el) throw new Error(`no ${sel}`);
  return el as unknown as T;
};
/** Text without the Unicode isolates that wrap names inside translated sentences. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '');
const status = (root: Element) => plain(q<HTMLElement>(root, '[role="status"]').textContent);
const labelOf = (root: Element, input: Element) => root.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.getAttribute('aria-label');
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const settle = async (cond: () => void) => {
  await vi.waitFor(async () => {
    await flush();
    cond();
  });
};
function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function chooseFile(input: HTMLInputElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the settings form', () => {
  it('renders every control, each labelled, inside fieldsets with legends', async () => {
    const root = await live();
    const inputs = Array.from(root.querySelectorAll<HTMLInputElement>('input'));
    for (const input of inputs) expect(labelOf(root, input), input.outerHTML).toBeTruthy();
    for (const fs of Array.from(root.querySelectorAll('fieldset'))) expect(fs.querySelector(':scope > legend')?.textContent).toBeTruthy();
    expect(root.querySelector('input[role="switch"][name="enabled"]')).not.toBeNull();
    expect(root.querySelectorAll('input[type="radio"][name="siteMode"]')).toHaveLength(3);
    expect(root.querySelectorAll('[data-list="allowList"] input[type="text"], [data-list="blockList"] input[type="text"]')).toHaveLength(2);
    for (const c of SETTINGS_CATEGORIES) expect(q(root, `input[name="category-${c}"]`).checked).toBe(true);
    expect(root.querySelectorAll('input[name^="mute-"]')).toHaveLength(19);
    expect(Array.from(root.querySelectorAll('input[name^="mute-"]')).map((i) => labelOf(root, i))).toEqual(
      expect.arrayContaining(pack.entities.map((e) => e.name)),
    );
    expect(root.querySelectorAll('input[type="radio"][name="density"]')).toHaveLength(2);
    expect(root.querySelectorAll('input[type="radio"][name="highlightStyle"]')).toHaveLength(3);
    expect(Array.from(root.querySelectorAll<HTMLInputElement>('input[type="color"]')).map((i) => i.value)).toEqual(Object.values(DEFAULT_SETTINGS.colors));
    expect(q(root, 'input[type="range"]')).toMatchObject({ min: '0', max: '2000', value: '350' });
    expect(root.querySelector('input[name="figureComparison"]')).not.toBeNull();
    expect(root.querySelector('input[name="badge"]')).not.toBeNull();
    expect(root.querySelector('input[type="file"]')).not.toBeNull();
    const buttons = Array.from(root.querySelectorAll('button')).map((b) => b.textContent);
    expect(buttons).toEqual(expect.arrayContaining(['Export to a file', 'Reset to defaults…', 'Add']));
    expect(root.querySelector('[role="status"]')).not.toBeNull();
  });

  it('saves a change and says so', async () => {
    const root = await live();
    act(() => q(root, 'input[name="badge"]').click());
    await settle(() => expect(status(root)).toBe('Saved.'));
    expect(await getSettings()).toMatchObject({ badge: false });
    act(() => q(root, 'input[name="siteMode"][value="news"]').click());
    act(() => q(root, 'input[name="category-country"]').click());
    act(() => q(root, 'input[name="mute-icrc"]').click());
    const color = q(root, 'input[type="color"]#color-place');
    act(() => {
      color.value = '#123456';
      color.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(async () => expect(await getSettings()).toMatchObject({
      siteMode: 'news', categories: { country: false, person: true }, mutedEntities: ['icrc'], colors: { place: '#123456' },
    }));
  });

  it('adds a site to a list, normalised, and refuses garbage with a message, saving nothing', async () => {
    const root = await live();
    const list = q<HTMLElement>(root, '[data-list="blockList"]');
    const input = q(list, 'input[type="text"]');
    type(input, 'not a site');
    await act(async () => q<HTMLButtonElement>(list, 'button[type="submit"]').click());
    expect(plain(q<HTMLElement>(list, '[role="alert"]').textContent)).toBe('“not a site” is not a site name. Enter one such as example.com.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);

    type(input, 'https://WWW.Example.com/path');
    await act(async () => q<HTMLButtonElement>(list, 'button[type="submit"]').click());
    await settle(() => expect(status(root)).toBe('Added example.com.'));
    expect(list.querySelector('[role="alert"]')).toBeNull();
    expect(input.value).toBe('');
    expect((await getSettings()).blockList).toEqual(['example.com']);
    expect(list.querySelector('li')!.textContent).toContain('example.com');

    type(input, 'example.com');
    await act(async () => q<HTMLButtonElement>(list, 'button[type="submit"]').click());
    expect(plain(q<HTMLElement>(list, '[role="alert"]').textContent)).toBe('example.com is already in the list.');
    // the earlier "Added" no longer stands beside the new error
    expect(status(root)).toBe('');

    type(input, '*.example.org');
    await act(async () => q<HTMLButtonElement>(list, 'button[type="submit"]').click());
    expect(plain(q<HTMLElement>(list, '[role="alert"]').textContent)).toMatch(/^Patterns with \* are not supported: list each site by its name/);

    // an international name is listed in its own letters, beside the form the browser uses
    type(input, 'bücher.de');
    await act(async () => q<HTMLButtonElement>(list, 'button[type="submit"]').click());
    await settle(() => expect(status(root)).toBe('Added bücher.de.'));
    expect((await getSettings()).blockList).toEqual(['example.com', 'xn--bcher-kva.de']);
    expect(plain(list.querySelectorAll('li')[1]!.querySelector('.site-list__name')!.textContent)).toBe('bücher.de xn--bcher-kva.de');
    await act(async () => q<HTMLButtonElement>(list, 'button[aria-label="Remove bücher.de"]').click());
    await settle(() => expect(status(root)).toBe('Removed bücher.de.'));

    await act(async () => q<HTMLButtonElement>(list, 'button[aria-label="Remove example.com"]').click());
    await settle(() => expect(status(root)).toBe('Removed example.com.'));
    expect((await getSettings()).blockList).toEqual([]);
  });

  it('saves the hover delay once the slider settles, not on every move', async () => {
    const onSave = vi.fn(async (): Promise<SaveOutcome> => ({ ok: true }));
    const root = mount(<SettingsForm settings={DEFAULT_SETTINGS} entities={pack.entities} onSave={onSave} onReset={vi.fn()} settleMs={50} />);
    const slider = q(root, 'input[type="range"]');
    for (const v of ['400', '450', '500', '550']) {
      type(slider, v);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('output')!.textContent).toBe('550 ms');
    await settle(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave).toHaveBeenCalledWith({ hoverDelayMs: 550 });
  });

  it('puts a control back and shows the error when a save fails', async () => {
    const onSave = vi.fn(async (): Promise<SaveOutcome> => ({ ok: false, code: 'write-failed', error: 'The browser did not save the change (boom).' }));
    const root = mount(<SettingsForm settings={DEFAULT_SETTINGS} entities={pack.entities} onSave={onSave} onReset={vi.fn()} />);
    const badge = q(root, 'input[name="badge"]');
    act(() => badge.click());
    await settle(() => expect(status(root)).toContain('Not saved: the browser refused the change. Your settings are as they were.'));
    expect(status(root)).toContain('Details: The browser did not save the change (boom).');
    expect(badge.checked).toBe(true);
    expect(q<HTMLElement>(root, '[role="status"]').className).toContain('settings__status--error');
  });

  it('refuses a bad import file with a message naming the field, and changes nothing', async () => {
    await saveSettings({ badge: false });
    const before = await fakeBrowser.storage.sync.get(null);
    const root = await live();
    const input = q(root, 'input[type="file"]');
    await chooseFile(input, 'mine.json', JSON.stringify({ version: 1, enabled: false, hoverDelayMs: 'fast' }));
    await settle(() => expect(status(root)).toContain('mine.json was not imported, and your settings have not changed. The setting “hoverDelayMs” is not valid.'));
    await chooseFile(input, 'notes.txt', 'hello');
    await settle(() => expect(status(root)).toContain('notes.txt was not imported, and your settings have not changed. The file is not JSON.'));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
    expect(q(root, 'input[name="enabled"]').checked).toBe(true);
  });

  it('imports a good file, replacing the settings', async () => {
    const root = await live();
    const file = exportSettings({ ...DEFAULT_SETTINGS, enabled: false, allowList: ['bbc.co.uk'], siteMode: 'listed' });
    await chooseFile(q(root, 'input[type="file"]'), 'settings.json', file);
    await settle(() => expect(status(root)).toBe('Settings imported from settings.json.'));
    expect(await getSettings()).toMatchObject({ enabled: false, allowList: ['bbc.co.uk'], siteMode: 'listed' });
    expect(q(root, 'input[name="enabled"]').checked).toBe(false);
  });

  it('exports the settings as a JSON file download', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:settings';
    });
    const clicks: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    await saveSettings({ mutedEntities: ['sana'] });
    const root = await live();
    act(() => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Export to a file')!.click());
    expect(clicks[0]!.download).toBe('aleppo-context-settings.json');
    expect(JSON.parse(await created[0]!.text())).toMatchObject({ version: 1, mutedEntities: ['sana'] });
    expect(status(root)).toBe('Settings exported to aleppo-context-settings.json.');
    createObjectURL.mockRestore();
    click.mockRestore();
  });

  it('asks for confirmation in the page before resetting', async () => {
    await saveSettings({ enabled: false, blockList: ['example.org'] });
    const root = await live();
    const reset = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Reset to defaults…')!;
    act(() => reset.click());
    const confirm = q<HTMLElement>(root, '[role="group"].confirm');
    expect(confirm.textContent).toContain('Put every setting back to its default? Both site lists will be emptied.');
    expect(reset.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(q(root, '[data-confirm="cancel"]'));
    expect(await getSettings()).toMatchObject({ enabled: false });

    act(() => q<HTMLButtonElement>(root, '[data-confirm="cancel"]').click());
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await getSettings()).toMatchObject({ enabled: false });

    act(() => reset.click());
    act(() => {
      q<HTMLElement>(root, '.confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.confirm')).toBeNull();

    act(() => reset.click());
    await act(async () => q<HTMLButtonElement>(root, '[data-confirm="reset"]').click());
    await settle(() => expect(status(root)).toBe('All settings are back to their defaults.'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(q(root, 'input[name="enabled"]').checked).toBe(true);
    expect(root.querySelector('[data-list="blockList"] li')).toBeNull();
  });

  it('is translated, in Arabic too', async () => {
    const root = await live('ar');
    expect(root.textContent).toContain('المواقع');
    expect(root.textContent).not.toMatch(/settings_/);
    // A Latin name inside an Arabic sentence is isolated, so it cannot reorder the words around it.
    const list = q<HTMLElement>(root, '[data-list="allowList"]');
    type(q(list, 'input[type="text"]'), 'not a site');
    await act(async () => q<HTMLButtonElement>(list, 'button[type="submit"]').click());
    expect(q<HTMLElement>(list, '[role="alert"]').textContent).toBe('«\u2068not a site\u2069» ليس اسم موقع. أدخل اسمًا مثل example.com.');
    const fr = await live('fr');
    expect(fr.textContent).toContain('Seulement sur les sites de ma liste');
    expect(fr.textContent).not.toMatch(/settings_/);
  });
});
