// A deterministic news-like text and page for benchmarks: ordinary prose with mentions of the
// article's entities and figures at a realistic density (about one per 35 words), some names split
// across inline elements in the HTML version.

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a of to in and that for on with as was said it by at from his her an be have has had were are this which ' +
  'but not they their after government city people officials week report forces talks minister council week year ' +
  'months state police market prices local national international support conflict peace agreement statement ' +
  'according spokesman residents security election opposition region economic health water school hospital ' +
  'border village town capital during while before between against over under new last first second many most ' +
  'would could should may might also only still just other some more than about there when where what who'
).split(' ');

const MENTIONS = [
  'Aleppo', 'eastern Aleppo', 'Bashar al-Assad', 'Assad', 'the UN', 'the ICRC', 'the Red Cross', 'Homs', 'Hama', 'Damascus',
  'Latakia', 'Russia', 'Iran', 'Turkey', 'Qatar', 'Saudi Arabia', 'Amnesty International', 'SANA', 'the Syrian army', 'rebels',
  'the Associated Press', "Aleppo's", 'Hamas', 'the Bahamas', 'an ambassador',
];
const FIGURES = ['34,000 people were evacuated', 'almost half a million deaths', 'millions forced to flee', 'since the uprising began in 2011'];

export function newsText(bytes: number, seed = 42): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0, n = 3 + Math.floor(r() * 4); s < n; s++) {
      const words: string[] = [];
      for (let w = 0, m = 10 + Math.floor(r() * 18); w < m; w++) {
        const x = r();
        words.push(x < 0.028 ? pick(MENTIONS) : x < 0.031 ? pick(FIGURES) : pick(WORDS));
      }
      const sentence = words.join(' ');
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same prose as an HTML news page: paragraphs in an <article>, inline markup, some split names. */
export function newsPage(bytes: number, seed = 42): string {
  const body = newsText(Math.round(bytes * 0.82), seed)
    .split('\n\n')
    .map((p, i) => {
      let h = escapeHtml(p)
        .replace(/Bashar al-Assad/g, (m) => (i % 3 === 0 ? 'Bashar <a href="#a">al-Assad</a>' : m))
        .replace(/Aleppo's/g, (m) => (i % 2 === 0 ? "<em>Aleppo</em>'s" : m));
      if (i % 7 === 0) h = `<strong>${h.slice(0, 40)}</strong>${h.slice(40)}`;
      return i % 25 === 0 ? `<h2>Section ${i / 25 + 1}</h2>\n<p>${h}</p>` : `<p>${h}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic news page</title>
<meta property="og:type" content="article"><style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}</style>
</head><body><header><nav><a href="#">World</a> <a href="#">Politics</a></nav></header><main><article><h1>Synthetic news page</h1>
${body}
</article></main><footer><p>Footer text.</p></footer></body></html>`;
}

/**
 * `newsPage` sized to about `bytes` of HTML (within 2%): `newsPage(n)` does not come out at `n`
 * bytes, so `n` is scaled by what the last try gave (at most 3 more tries). Deterministic for a
 * given size and seed.
 */
export function newsPageOfSize(bytes: number, seed = 42): string {
  let n = bytes;
  let html = newsPage(n, seed);
  for (let i = 0; i < 3 && Math.abs(html.length - bytes) > bytes * 0.02; i++) {
    n = Math.round((n * bytes) / html.length);
    html = newsPage(n, seed);
  }
  return html;
}
