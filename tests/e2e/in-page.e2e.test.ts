import { describe, expect, it } from 'vitest';
import { useExtension } from './support/fixture.ts';
import { domSnapshot, highlighted, waitForHighlights } from './support/highlights.ts';

const env = useExtension();

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;

describe('highlighting on a served page', () => {
  it('finds mentions split across inline elements, without touching the DOM', async () => {
    const url = env.server.page('/split.html', page('<article><p>President Bashar <a href="#x">al-Assad</a> said <em>Aleppo</em>’s fall was a victory.</p></article>'));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    const served = await domSnapshot(tab);
    expect(await waitForHighlights(tab, ['person:Bashar al-Assad', 'place:Aleppo'])).toEqual(['person:Bashar al-Assad', 'place:Aleppo']);
    expect(await domSnapshot(tab)).toBe(served); // highlights add no element: the page's DOM is as served
    await tab.close();
  });

  it('reads the white space between two inline elements as part of the name', async () => {
    // a text node of one space between <b> and <i>: "Bashar al-Assad", not "Basharal-Assad"
    const url = env.server.page('/spaced.html', page('<article><p><b>Bashar</b> <i>al-Assad</i> spoke of <strong>Aleppo</strong> <em>Homs</em>.</p></article>'));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    expect(await waitForHighlights(tab, ['person:Bashar al-Assad', 'place:Aleppo', 'place:Homs'])).toEqual(['person:Bashar al-Assad', 'place:Aleppo', 'place:Homs']);
    await tab.close();
  });

  it('never touches an editable region', async () => {
    const url = env.server.page('/editor.html', page('<p>Aleppo is on the page.</p><div contenteditable="true">Aleppo in an editor</div><textarea>Aleppo</textarea>'));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await waitForHighlights(tab, ['place:Aleppo']);
    const inEditor = await tab.evaluate(() => {
      const editor = document.querySelector('[contenteditable]')!;
      return [...CSS.highlights.values()].some((h) => [...h].some((r) => editor.contains(r.startContainer)));
    });
    expect(inEditor).toBe(false);
    expect(await highlighted(tab)).toEqual(['place:Aleppo']);
    await tab.close();
  });

  it('highlights text inserted after load', async () => {
    const url = env.server.page('/late.html', page('<main><p>Nothing yet.</p></main>'));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(500);
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: the siege of Aleppo ended and Homs was quiet.';
      document.querySelector('main')!.append(p);
    });
    expect(await waitForHighlights(tab, ['place:Aleppo', 'place:Homs'])).toEqual(['place:Aleppo', 'place:Homs']);
    await tab.close();
  });

  it('rescans after a single-page-app navigation', async () => {
    const url = env.server.page('/spa.html', page('<main id="app"><p>Home page about Aleppo.</p></main>',
      `<script>
        window.go = () => {
          history.pushState({}, '', '/spa.html?story=2');
          document.getElementById('app').innerHTML = '<p>Story two: Latakia and Hama.</p>';
        };
      </script>`));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await waitForHighlights(tab, ['place:Aleppo']);
    await tab.evaluate(() => (window as unknown as { go: () => void }).go());
    expect(await waitForHighlights(tab, ['place:Latakia', 'place:Hama'])).toEqual(['place:Hama', 'place:Latakia']);
    await tab.close();
  });

  it('reads and styles open shadow roots', async () => {
    const url = env.server.page('/shadow.html', page('<p>Light DOM about Homs.</p><news-card></news-card>', `<script>
      customElements.define('news-card', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside a shadow root: Latakia.</p>'; }
      });
    </script>`));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    expect(await waitForHighlights(tab, ['place:Homs', 'place:Latakia'])).toEqual(['place:Homs', 'place:Latakia']);
    // the shadow root adopted our stylesheet, so the underline is painted there too
    expect(await tab.evaluate(() => document.querySelector('news-card')!.shadowRoot!.adoptedStyleSheets.length)).toBe(1);
    await tab.close();
  });

  it('keeps look-alikes and off-topic context clean', async () => {
    const url = env.server.page('/alike.html', page('<p>Hamas leaders met in the Bahamas; the ambassador flew to Tirana and Sana\'a.</p><p>Iran beat Qatar 2-0.</p>'));
    const tab = await env.ext.context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(1500);
    expect(await highlighted(tab)).toEqual([]);
    // a page with nothing to show gets nothing from us: no stylesheet, no registered highlight
    expect(await tab.evaluate(() => [document.adoptedStyleSheets.length, CSS.highlights.size])).toEqual([0, 0]);
    // until it has something: then one stylesheet and our highlights (the anchor makes the page
    // on-topic, so the countries read earlier are shown too)
    await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Aleppo.</p>'));
    const now = ['country:Iran', 'country:Qatar', 'place:Aleppo'];
    expect(await waitForHighlights(tab, now)).toEqual(now);
    expect(await tab.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await tab.close();
  });
});
