import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iterateBlocks, locate, nodeLength, readBlocks } from '@/page/text-blocks.ts';

const html = (s: string) => {
  document.body.innerHTML = s;
  return document.body;
};
const texts = (root: Node, opts = {}) => readBlocks(root, opts).map((b) => b.text);

describe('reading a page as blocks', () => {
  it('joins text split across inline elements and separates blocks', () => {
    const root = html('<p>President Bashar <a href="#">al-Assad</a> said <em>Aleppo</em>’s fall</p><p>Second <b>para</b>graph</p>');
    expect(texts(root)).toEqual(['President Bashar al-Assad said Aleppo’s fall', 'Second paragraph']);
  });

  it('cuts a very long paragraph (one huge text node, or many nodes) at sentence ends into pieces a scan step can take', () => {
    const sentence = 'The evacuation of Aleppo went on through the night. ';
    const long = sentence.repeat(2000).trimEnd(); // about 104,000 characters
    for (const [oneNode, markup] of [[true, `<p>${long}</p>`], [false, `<p>${long.split('. ').join('. <b>x</b> ')}</p>`]] as const) {
      const root = html(markup);
      const blocks = readBlocks(root);
      const whole = root.textContent!;
      expect(blocks.length).toBeGreaterThan(4);
      expect(blocks.map((b) => b.text).join('')).toBe(whole);
      for (const b of blocks) {
        expect(b.text.length).toBeLessThanOrEqual(16 * 1024 + 4096);
        // one huge node is cut just after a full stop; many nodes between two of them
        if (oneNode) expect(b.text.endsWith('.')).toBe(true);
        // offsets still map to the DOM: the block's last character is where locate says
        const at = locate(b, b.text.length - 1, b.text.length);
        expect(at.endNode.data.slice(at.endOffset - 1, at.endOffset)).toBe(b.text.slice(-1));
      }
    }
  });

  it('breaks blocks at nested block elements and list items', () => {
    const root = html('<div>before<p>inside</p>after<ul><li>one</li><li>two</li></ul></div>');
    expect(texts(root)).toEqual(['before', 'inside', 'after', 'one', 'two']);
  });

  it('reads a <br> as a line break inside its block, which no text node holds', () => {
    // a name or a sentence across a <br> is one (review-html: "Bachar<br>Al-Assad", "had been<br>evacuated")
    const [b] = readBlocks(html('<p><br>Syrie : Bachar<br>Al-Assad<br><br>34 000 personnes</p>'));
    expect(b!.text).toBe('Syrie : Bachar\u2028Al-Assad\u2028\u202834 000 personnes');
    expect(b!.breaks).toEqual([14, 23, 24]);
    expect([0, 1, 2].map((i) => nodeLength(b!, i))).toEqual([14, 8, 16]);
    // offsets after a break still map to the DOM
    const at = locate(b!, 8, 23);
    expect([at.startNode.data.slice(at.startOffset), at.endNode.data.slice(0, at.endOffset)]).toEqual(['Bachar', 'Al-Assad']);
    expect(texts(html('<div>after<br>next line</div>'))).toEqual(['after\u2028next line']);
  });

  it('counts each node\'s characters in a block of thousands of lines, and in its pieces when it is cut', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i} of a long forum post about Aleppo`);
    const blocks = readBlocks(html(`<div>${lines.join('<br>')}</div>`));
    expect(blocks.length).toBeGreaterThan(1); // longer than one block: cut, with its breaks shared out
    // cut at a line's end, never inside a line (where it could split a name)
    for (const b of blocks.slice(0, -1)) expect(b.text.endsWith('\u2028')).toBe(true);
    for (const b of blocks) {
      for (const at of b.breaks ?? []) expect(b.text[at]).toBe('\u2028');
      // a node wholly inside the piece holds all its characters
      for (let i = 1; i < b.nodes.length - 1; i++) expect(nodeLength(b, i)).toBe(b.nodes[i]!.data.length);
    }
  });

  it('hands a paragraph of many thousand inline elements over between words, not inside a name split across elements', () => {
    const parts = Array.from({ length: 12000 }, (_, i) => `<b>Bash</b><i>ar al-Assad</i> <span>met them ${i}</span>`);
    const blocks = readBlocks(html(`<p>${parts.join(' ')}</p>`));
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks.slice(0, -1)) expect(b.text).toMatch(/[\s.!?\u2028]$/);
    expect(blocks.map((b) => b.text).join('')).not.toMatch(/Bash(?!ar)/);
  });

  it('skips code, styles, templates, form fields, editors and hidden text', () => {
    const root = html(`<p>kept</p><script>Aleppo()</script><style>.Aleppo{}</style><noscript>Aleppo</noscript>
      <template><p>Aleppo</p></template><textarea>Aleppo</textarea><input value="Aleppo"><select><option>Aleppo</option></select>
      <div contenteditable="true">Aleppo <b>editor</b></div><div contenteditable="plaintext-only">Aleppo</div>
      <div hidden>Aleppo</div><div aria-hidden="true">Aleppo</div><div style="display: none">Aleppo</div><p>also kept</p>`);
    expect(texts(root)).toEqual(['kept', 'also kept']);
  });

  it('leaves out our own UI and reads open shadow roots', () => {
    const root = html('<p>page</p><aleppo-context-card><p>card Aleppo</p></aleppo-context-card><div id="host"></div>');
    const host = root.querySelector('#host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>in the shadow</p>';
    expect(texts(root, { skip: (el: Element) => el.tagName === 'ALEPPO-CONTEXT-CARD', shadowRoots: true })).toEqual(['page', 'in the shadow']);
    expect(texts(root)).toEqual(['page', 'card Aleppo']);
  });

  it('maps block offsets back to text nodes and offsets inside them', () => {
    const root = html('<p>Bashar <a>al-Assad</a>’s war</p>');
    const [block] = readBlocks(root);
    const start = block!.text.indexOf('Bashar');
    const end = start + 'Bashar al-Assad'.length;
    const at = locate(block!, start, end);
    expect(at.startNode.data).toBe('Bashar ');
    expect(at.startOffset).toBe(0);
    expect(at.endNode.data).toBe('al-Assad');
    expect(at.endOffset).toBe(8);
  });

  it('cuts a very long block at sentence ends, keeping offsets right', () => {
    const sentence = 'Aleppo is a city. ';
    const root = html(`<p>${sentence.repeat(10_000)}</p>`);
    const blocks = readBlocks(root);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.map((b) => b.text).join('')).toBe(sentence.repeat(10_000));
    for (const b of blocks) {
      const at = locate(b, 0, 6);
      expect(at.startNode.data.slice(at.startOffset, at.startOffset + 6)).toBe(b.text.slice(0, 6));
    }
  });
});

// The rules of iterateBlocks, written as plainly as possible: a block-level element, read or not,
// ends the block before and after it; an excluded element gives no text; white space opens no block.
const INLINE_TAGS = new Set(['a', 'b', 'span', 'em', 'i']);
function referenceTexts(root: Node, skip: (el: Element) => boolean): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur) out.push(cur);
    cur = '';
  };
  const excluded = (el: Element) =>
    ['script', 'button', 'style'].includes(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' ||
    /display:\s*none/.test(el.getAttribute('style') ?? '') || skip(el);
  const walk = (n: Node) => {
    for (const c of [...n.childNodes]) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        if (cur !== '' || /\S/.test(data)) cur += data;
      } else if (c.nodeType === 1) {
        const name = (c as Element).localName;
        if (name === 'br') {
          if (cur !== '') cur += '\u2028';
          continue;
        }
        const block = !INLINE_TAGS.has(name) && !name.includes('-');
        if (block) flush();
        if (!excluded(c as Element)) walk(c);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return out;
}

type Tree = string | { tag: string; attr: string; kids: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('Aleppo', ' ', '\n  ', 'Bashar al-Assad', 'x. y', ''),
    fc.record({
      tag: fc.constantFrom('p', 'div', 'li', 'span', 'a', 'b', 'em', 'i', 'script', 'button', 'br', 'x-card'),
      attr: fc.constantFrom('', '', '', 'hidden', 'aria-hidden="true"', 'aria-hidden="false"', 'style="display:none"', 'style="color:red"', 'class="c"'),
      kids: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;
const toHtml = (t: Tree): string =>
  typeof t === 'string' ? t : t.tag === 'br' ? '<br>' : `<${t.tag} ${t.attr}>${t.kids.map(toHtml).join('')}</${t.tag}>`;

describe('reading blocks, against the plain rules', () => {
  it('agrees with a recursive reading on random pages', () => {
    const skip = (el: Element) => el.localName === 'x-card';
    fc.assert(fc.property(fc.array(tree, { maxLength: 5 }), (trees) => {
      const root = html(trees.map(toHtml).join(''));
      expect(texts(root, { skip })).toEqual(referenceTexts(root, skip));
    }), { numRuns: 1500 });
  });

  it('keeps the space between two inline elements, and ends a block at a skipped block element wherever it is', () => {
    expect(texts(html('<p><b>Bashar</b> <i>al-Assad</i></p>'))).toEqual(['Bashar al-Assad']);
    expect(texts(html('<p> <b>Aleppo</b></p>\n<p>Homs</p>'))).toEqual(['Aleppo', 'Homs']);
    expect(texts(html('<p><span>Bashar<script>x</script></span> al-Assad</p>'))).toEqual(['Bashar', ' al-Assad']);
    expect(texts(html('<p><span>Bashar<script>x</script>!</span> al-Assad</p>'))).toEqual(['Bashar', '! al-Assad']);
  });

  it('reads a custom element as inline', () => {
    expect(texts(html('<p><x-link>Bashar</x-link> <gu-island>al-Assad</gu-island></p>'))).toEqual(['Bashar al-Assad']);
  });

  it('goes on after its parent when the page removes the node it was reading from', () => {
    const root = html(`<section><div>${'<p>Aleppo <b>and</b> Homs</p>'.repeat(3000)}</div><p>next</p></section><p>after</p>`);
    const blocks: string[] = [];
    let removed = false;
    for (const b of iterateBlocks(root)) {
      if (b === null) {
        if (!removed) root.querySelector('div')!.remove(); // the page drops the whole list mid-read
        removed = true;
        continue;
      }
      blocks.push(b.text);
    }
    expect(removed).toBe(true);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.length).toBeLessThan(3001);
    // it goes on after the nearest ancestor still in the page (the rest of <section>, "next", is
    // the watcher's to read again), and keeps nothing of the paragraph it was in
    expect(blocks.at(-1)).toBe('after');
    expect(blocks.slice(0, -1).every((t) => t === 'Aleppo and Homs')).toBe(true);
  });
});

describe('reading while the page changes under the reader', () => {
  it('reads an element’s children after a pause, as they are then', () => {
    const root = html(`${'<!---->'.repeat(1023)}<p id="p"><span>old</span> rest</p><p>after</p>`);
    const blocks: string[] = [];
    for (const b of iterateBlocks(root)) {
      if (b === null) root.querySelector('span')!.replaceWith('new'); // the page, while the reader yields
      else blocks.push(b.text);
    }
    expect(blocks).toEqual(['new rest', 'after']);
  });

  it('drops what it was reading when the page removes it after a block was handed over, and goes on', () => {
    for (const counted of [false, true]) {
      const root = html('<section><p>first</p><p>second <b>x</b></p><p>third</p></section><p>after</p>');
      let pauses = 0;
      const blocks: string[] = [];
      for (const b of iterateBlocks(root, counted ? { pauses: () => pauses } : {})) {
        if (b === null) continue;
        blocks.push(b.text);
        if (b.text === 'first') {
          pauses++; // the reader lets the page run
          root.querySelectorAll('p')[1]!.remove();
        }
      }
      // "third" is the watcher's to read again (its parent changed)
      expect(blocks).toEqual(['first', 'after']);
    }
  });

  it('reads a tree that is not in any document (nothing was removed from it)', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>x</p>'.repeat(1500);
    expect(readBlocks(div)).toHaveLength(1500);
    const fragment = document.createRange().createContextualFragment('<p>y</p>'.repeat(1500));
    expect(readBlocks(fragment)).toHaveLength(1500);
  });
});
