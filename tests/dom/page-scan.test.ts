import { describe, expect, it } from 'vitest';
import { getDetector } from '@/lib/detector.ts';
import { batchReaders, scanWith } from '@/core/detect/page-reader.ts';
import type { Category } from '@/page/categories.ts';
import { createElementPainter, type Painter } from '@/page/highlighter.ts';
import { PageScan, type ScanSettings } from '@/page/page-scan.ts';

// the detector runs here, in the test, as the background runs it for the content script
const localReaders = batchReaders(scanWith(getDetector));

function recordingPainter() {
  const painted = new Set<AbstractRange>();
  const painter: Painter = {
    kind: 'highlight-api',
    add: (_c: Category, r) => void painted.add(r),
    remove: (_c: Category, r) => void painted.delete(r),
    clear: () => painted.clear(),
    setStyle: () => {},
    repair: () => {},
    adoptIn: () => {},
    destroy: () => painted.clear(),
  };
  return { painter, painted };
}

const settings: ScanSettings = {
  categories: { person: true, place: true, organisation: true, country: true, group: true, figure: true },
  mutedEntities: [],
  density: 'first-per-paragraph',
};

function setup(html: string, s = settings) {
  document.body.innerHTML = html;
  const { painter, painted } = recordingPainter();
  const scan = new PageScan({ doc: document, reader: localReaders, painter, settings: s, signal: new AbortController().signal });
  const paintedText = () => scan.mentions().filter((m) => m.painted).map((m) => m.mention.surface);
  return { scan, painted, paintedText };
}

describe('scanning a page', () => {
  it('paints the first mention of each entity per paragraph, and every figure', async () => {
    const { scan, paintedText } = setup('<p>Aleppo, Aleppo and Aleppo. 34,000 people were evacuated; 34,000 evacuated.</p><p>Aleppo again</p>');
    await scan.scanAll();
    expect(paintedText()).toEqual(['Aleppo', '34,000', '34,000', 'Aleppo']);
    expect(scan.count()).toBe(6); // the badge counts every occurrence
  });

  it('paints every mention when asked', async () => {
    const { scan, paintedText } = setup('<p>Aleppo, Aleppo</p>', { ...settings, density: 'every' });
    await scan.scanAll();
    expect(paintedText()).toEqual(['Aleppo', 'Aleppo']);
  });

  it('paints context mentions of earlier blocks once a later block makes the page on-topic', async () => {
    const { scan, paintedText } = setup('<p>Russia and Iran</p><p>In Aleppo</p>');
    await scan.scanAll();
    expect(paintedText()).toEqual(['Russia', 'Iran', 'Aleppo']);
  });

  it('keeps a page about something else clean', async () => {
    const { scan, paintedText } = setup('<p>Iran beat Qatar in the football qualifier; the UN was not involved.</p>');
    await scan.scanAll();
    expect(paintedText()).toEqual([]);
    expect(scan.anyPainted).toBe(false); // so the pointer is never hit-tested there
  });

  it('knows whether anything is painted, through settings, rescans and a fresh scan', async () => {
    const { scan, painted } = setup('<p id="a">Aleppo and Homs.</p><p id="b">Hama.</p>');
    const agrees = () => expect(scan.anyPainted).toBe(painted.size > 0);
    await scan.scanAll();
    expect(scan.anyPainted).toBe(true);
    const none = { person: false, place: false, organisation: false, country: false, group: false, figure: false };
    scan.updateSettings({ ...settings, categories: none });
    expect(scan.anyPainted).toBe(false);
    agrees();
    scan.updateSettings(settings);
    expect(scan.anyPainted).toBe(true);
    agrees();
    // paragraphs emptied by the page, then one refilled
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    a.textContent = 'nothing';
    b.textContent = 'nothing';
    await scan.rescan([a, b]);
    expect(scan.anyPainted).toBe(false);
    agrees();
    b.textContent = 'Latakia';
    await scan.rescan([b]);
    expect(scan.anyPainted).toBe(true);
    agrees();
    // read again unchanged: the same highlights are kept, and counted once
    await scan.rescan([b]);
    expect(painted.size).toBe(1);
    b.remove();
    await scan.rescan([document.body]);
    expect(scan.anyPainted).toBe(false);
    agrees();
    document.body.insertAdjacentHTML('beforeend', '<p>Homs</p>');
    await scan.scanAll();
    expect(scan.anyPainted).toBe(true);
    agrees();
    scan.clear();
    expect(scan.anyPainted).toBe(false);
  });

  it('follows settings: categories off and muted entities', async () => {
    const { scan, paintedText } = setup('<p>Aleppo, Russia and the ICRC.</p>');
    await scan.scanAll();
    scan.updateSettings({ ...settings, categories: { ...settings.categories, country: false }, mutedEntities: ['icrc'] });
    expect(paintedText()).toEqual(['Aleppo']);
    expect(scan.mentions().map((m) => m.mention.id)).toEqual(['aleppo']);
  });

  it('rescans only a changed paragraph, replacing its mentions', async () => {
    const { scan, paintedText } = setup('<p id="a">Aleppo</p><p id="b">Homs</p>');
    await scan.scanAll();
    const b = document.getElementById('b')!;
    b.textContent = 'Hama and Latakia';
    await scan.rescan([b]);
    expect(paintedText()).toEqual(['Aleppo', 'Hama', 'Latakia']);
    b.remove();
    await scan.rescan([b]);
    expect(paintedText()).toEqual(['Aleppo']);
  });

  it('rescans a container: the paragraphs inside it are replaced, the others kept, removed ones forgotten', async () => {
    const { scan, paintedText, painted } = setup('<p id="a">Aleppo</p><div id="box"><p>Homs</p><section><p>Hama</p></section></div><p id="z">Latakia</p>');
    await scan.scanAll();
    expect(paintedText()).toEqual(['Aleppo', 'Homs', 'Hama', 'Latakia']);
    const box = document.getElementById('box')!;
    box.querySelector('section')!.innerHTML = '<p>Damascus and Hama</p>';
    document.getElementById('a')!.remove(); // gone, with no rescan of its own
    await scan.rescan([box]);
    expect(paintedText()).toEqual(['Homs', 'Damascus', 'Hama', 'Latakia']);
    expect(painted.size).toBe(4);
  });

  it('keeps its count right through rescans, removals, settings and the page turning on-topic', async () => {
    const { scan } = setup('<p id="a">Russia and Iran</p><p id="b">Moscow</p><p id="c">Hama</p>');
    // a fresh scan of the same document is the reference
    const fresh = async () => {
      const { painter } = recordingPainter();
      const ref = new PageScan({ doc: document, reader: localReaders, painter, settings: current, signal: new AbortController().signal });
      await ref.scanAll();
      return ref.count();
    };
    let current = settings;
    document.getElementById('c')!.textContent = 'Moscow';
    await scan.scanAll();
    expect(await scan.countSliced()).toBe(0); // Russia and Iran are context, shown only on a page on-topic
    document.getElementById('c')!.textContent = 'Homs';
    await scan.rescan([document.getElementById('c')!]);
    expect(await scan.countSliced()).toBe(3); // an anchor: the page turns on-topic
    expect(await scan.countSliced()).toBe(await fresh());
    const b = document.getElementById('b')!;
    b.textContent = 'Aleppo, Aleppo and Latakia';
    await scan.rescan([b]);
    expect(await scan.countSliced()).toBe(6);
    expect(scan.count()).toBe(await fresh());
    document.getElementById('c')!.remove();
    await scan.rescan([document.body]);
    expect(await scan.countSliced()).toBe(await fresh());
    current = { ...settings, mutedEntities: ['aleppo'] };
    scan.updateSettings(current);
    expect(await scan.countSliced()).toBe(3);
    expect(await scan.countSliced()).toBe(await fresh());
  });

  it('keeps the highlight of a mention found again at the same place (no remove and add), and only that', async () => {
    document.body.innerHTML = '<p id="a">Aleppo and Homs</p>';
    const calls: string[] = [];
    const { painter, painted } = recordingPainter();
    const spy: Painter = { ...painter, add: (c, r) => (calls.push('add'), painter.add(c, r)), remove: (c, r) => (calls.push('remove'), painter.remove(c, r)) };
    const scan = new PageScan({ doc: document, reader: localReaders, painter: spy, settings, signal: new AbortController().signal });
    await scan.scanAll();
    const first = [...painted];
    expect(calls).toEqual(['add', 'add']);
    calls.length = 0;
    const text = document.getElementById('a')!.firstChild as Text;
    text.appendData(' near Hama'); // a mutation storm's kind of change: text added after the mentions
    await scan.rescan([document.getElementById('a')!], false);
    expect(calls).toEqual(['add']); // Hama only
    expect(first.every((r) => painted.has(r))).toBe(true);
    calls.length = 0;
    text.replaceData(0, 6, 'Damascus'); // Aleppo -> Damascus shifts what follows: new ranges
    await scan.rescan([document.getElementById('a')!], false);
    expect(scan.mentions().map((m) => m.mention.surface)).toEqual(['Damascus', 'Homs', 'Hama']);
    expect(painted.size).toBe(3);
    expect([...painted].some((r) => first.includes(r))).toBe(false);
    expect(calls.filter((c) => c === 'remove')).toHaveLength(3);
  });

  it('paints a name across a <br> as one mention, and keeps it when the paragraph is read again', async () => {
    document.body.innerHTML = '<p id="a">Syrie : Bachar<br>Al-Assad. Aleppo</p>';
    const calls: string[] = [];
    const { painter, painted } = recordingPainter();
    const spy: Painter = { ...painter, add: (c, r) => (calls.push('add'), painter.add(c, r)), remove: (c, r) => (calls.push('remove'), painter.remove(c, r)) };
    const scan = new PageScan({ doc: document, reader: localReaders, painter: spy, settings, signal: new AbortController().signal });
    await scan.scanAll();
    expect(scan.mentions().map((m) => m.mention.surface)).toEqual(['Bachar\nAl-Assad', 'Aleppo']);
    const [r] = [...painted];
    expect([r!.startContainer.textContent!.slice(r!.startOffset), r!.endContainer.textContent!.slice(0, r!.endOffset)]).toEqual(['Syrie : Bachar'.slice(8), 'Al-Assad']);
    calls.length = 0;
    (document.getElementById('a')!.lastChild as Text).appendData(' and Homs');
    await scan.rescan([document.getElementById('a')!], false);
    expect(calls).toEqual(['add']); // Homs only: the name across the <br> still reads the same
  });

  it('applies the first-mention-per-paragraph rule across the pieces of a paragraph too long for one block', async () => {
    const long = 'The evacuation of Aleppo went on through the night, and Homs waited. '.repeat(800); // ~55,000 characters
    const { scan, paintedText } = setup(`<p>${long}</p><p>Aleppo and Homs</p>`);
    await scan.scanAll();
    expect(paintedText()).toEqual(['Aleppo', 'Homs', 'Aleppo', 'Homs']);
    expect(scan.count()).toBe(1602);
  });

  it('rescans with the fallback painter (marks in the DOM) as before: marks undone, the paragraph read whole again', async () => {
    // one mention per text node: happy-dom does not move live ranges when a text node is split
    document.body.innerHTML = '<p id="a"><b>Aleppo</b> and <i>Homs</i></p>';
    const style = { style: 'underline', colors: { person: '#000', place: '#000', organisation: '#000', country: '#000', group: '#000', figure: '#000' }, darkPage: false } as const;
    const painter = createElementPainter(document, style as unknown as Parameters<typeof createElementPainter>[1]);
    const scan = new PageScan({ doc: document, reader: localReaders, painter, settings, signal: new AbortController().signal });
    await scan.scanAll();
    const p = document.getElementById('a')!;
    expect([...p.querySelectorAll('aleppo-context-mark')].map((m) => m.textContent)).toEqual(['Aleppo', 'Homs']);
    p.append(' near Hama');
    await scan.rescan([p], false);
    expect([...p.querySelectorAll('aleppo-context-mark')].map((m) => m.textContent)).toEqual(['Aleppo', 'Homs', 'Hama']);
    expect(p.textContent).toBe('Aleppo and Homs near Hama');
  });
});

