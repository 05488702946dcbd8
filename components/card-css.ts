/**
 * The hover card's styles, as text: the content script puts them inside the card's shadow root
 * (page CSS cannot reach in, ours cannot leak out), and tests and screenshots use the same text.
 *
 * Light by default; dark when the reader's system is dark, unless the card is told the page's
 * actual background (`data-theme` on the card or on an ancestor inside the shadow root). Only
 * logical properties (inline/block), so the card mirrors in right-to-left languages.
 */
export const CARD_CSS = String.raw`
.card {
  --c-bg: #ffffff;
  --c-fg: #1f2328;
  --c-muted: #57606a;
  --c-border: #d0d7de;
  --c-soft: #f6f8fa;
  --c-accent: #1d4ed8;
  --c-accent-fg: #ffffff;
  --c-focus: #1d4ed8;
  --c-shadow: 0 1px 2px rgb(0 0 0 / 0.06), 0 8px 24px rgb(0 0 0 / 0.14);
  --c-same: #1a7f37;
  --c-close: #1d4ed8;
  --c-different: #9a6700;
  --c-edge: rgb(0 0 0 / 0.14);
  color-scheme: light;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  inline-size: min(360px, calc(100vw - 16px));
  max-block-size: 480px; /* the card host lowers it, inline, to the room the viewport leaves */
  min-block-size: 0;
  margin: 0;
  padding: 0;
  border: 1px solid var(--c-border);
  border-radius: 10px;
  background: var(--c-bg);
  color: var(--c-fg);
  box-shadow: var(--c-shadow);
  font: 400 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif;
  text-align: start;
  overflow: hidden;
  overflow-wrap: anywhere;
  -webkit-font-smoothing: antialiased;
}
.card *, .card *::before, .card *::after { box-sizing: border-box; }
.card[dir='rtl'] { font-size: 15px; line-height: 1.6; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--c-focus); outline-offset: 2px; }

@media (prefers-color-scheme: dark) {
  .card:not([data-theme='light']) {
    --c-bg: #1c2128; --c-fg: #e6edf3; --c-muted: #9da7b3; --c-border: #444c56; --c-soft: #262c36;
    --c-accent: #3b6ed6; --c-accent-fg: #ffffff; --c-focus: #8cb4ff; --c-edge: rgb(0 0 0 / 0.5);
    --c-shadow: 0 1px 2px rgb(0 0 0 / 0.4), 0 8px 24px rgb(0 0 0 / 0.5);
    --c-same: #57ab5a; --c-close: #8cb4ff; --c-different: #d4a72c;
    color-scheme: dark;
  }
}
.card[data-theme='dark'], [data-theme='dark'] .card:not([data-theme='light']) {
  --c-bg: #1c2128; --c-fg: #e6edf3; --c-muted: #9da7b3; --c-border: #444c56; --c-soft: #262c36;
  --c-accent: #3b6ed6; --c-accent-fg: #ffffff; --c-focus: #8cb4ff; --c-edge: rgb(0 0 0 / 0.5);
  --c-shadow: 0 1px 2px rgb(0 0 0 / 0.4), 0 8px 24px rgb(0 0 0 / 0.5);
  --c-same: #57ab5a; --c-close: #8cb4ff; --c-different: #d4a72c;
  color-scheme: dark;
}

@media (prefers-reduced-motion: no-preference) {
  .card { animation: card-in 120ms ease-out; }
  @keyframes card-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}

:where(.card) :where(p, h2, h3, h4, ul, dl, dd, blockquote) { margin: 0; }
:where(.card) :where(button, summary) { font: inherit; }
.card :focus-visible { outline: 2px solid var(--c-focus); outline-offset: 2px; border-radius: 4px; }

.head {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  padding-block: 12px 8px;
  padding-inline: 14px 8px;
  border-block-end: 1px solid var(--c-border);
}
.head__text { flex: 1; min-inline-size: 0; }
.kicker {
  font-size: 11px;
  font-weight: 600;
  letter-spacing: 0.05em;
  text-transform: uppercase;
  color: var(--c-muted);
}
.card[dir='rtl'] .kicker { letter-spacing: 0; font-size: 12px; }
.title { font-size: 17px; font-weight: 650; line-height: 1.3; margin-block-start: 2px; }
.close {
  flex: none;
  display: grid;
  place-items: center;
  inline-size: 28px;
  block-size: 28px;
  margin: -4px 0 0;
  padding: 0;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--c-muted);
  cursor: pointer;
}
.close:hover { background: var(--c-soft); color: var(--c-fg); }
.close svg { inline-size: 14px; block-size: 14px; }

.body {
  flex: 1 1 auto;
  min-block-size: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  scrollbar-width: thin;
  scrollbar-color: var(--c-border) transparent;
  /* scroll shadows: a soft edge shows there is more above or below */
  background:
    linear-gradient(var(--c-bg) 30%, transparent) top / 100% 28px no-repeat local,
    linear-gradient(transparent, var(--c-bg) 70%) bottom / 100% 28px no-repeat local,
    radial-gradient(farthest-side at 50% 0, var(--c-edge), transparent) top / 100% 10px no-repeat scroll,
    radial-gradient(farthest-side at 50% 100%, var(--c-edge), transparent) bottom / 100% 10px no-repeat scroll,
    var(--c-bg);
  padding-block: 10px 12px;
  padding-inline: 14px;
  display: flex;
  flex-direction: column;
  gap: 10px;
}
.why { color: var(--c-muted); font-size: 13px; }
.why q { quotes: none; color: var(--c-fg); font-weight: 600; }
.label { font-weight: 600; }

.cmp {
  display: grid;
  gap: 4px;
  padding-block: 8px;
  padding-inline: 10px;
  border-radius: 8px;
  background: var(--c-soft);
}
.cmp__row { display: grid; grid-template-columns: minmax(5.5em, max-content) 1fr; gap: 8px; align-items: baseline; }
.cmp dt { color: var(--c-muted); font-size: 13px; }
.cmp__num { font-weight: 650; font-size: 15px; font-variant-numeric: tabular-nums; }
.cmp__by { display: block; color: var(--c-muted); font-size: 12.5px; }
.verdict { display: flex; gap: 6px; align-items: baseline; font-size: 13px; }
.verdict__sym { flex: none; font-weight: 700; font-size: 16px; line-height: 1; inline-size: 1em; text-align: center; }
.verdict--same .verdict__sym { color: var(--c-same); }
.verdict--close .verdict__sym { color: var(--c-close); }
.verdict--different .verdict__sym { color: var(--c-different); }
.verdict__more { color: var(--c-muted); }
.quote {
  padding-inline-start: 10px;
  border-inline-start: 3px solid var(--c-border);
  color: var(--c-muted);
  font-size: 13px;
  font-style: italic;
}

.article { display: flex; flex-direction: column; gap: 4px; padding-block-start: 10px; border-block-start: 1px solid var(--c-border); }
.article__title { font-size: 14px; font-weight: 650; line-height: 1.35; }
.date { color: var(--c-muted); font-size: 12.5px; }
.summary { font-size: 13.5px; }
.subhead { font-size: 12px; font-weight: 600; color: var(--c-muted); margin-block-start: 6px; }
.numbers { list-style: none; padding: 0; display: grid; gap: 4px; }
.numbers li { font-size: 13px; padding-inline-start: 8px; border-inline-start: 2px solid transparent; }
.numbers li.is-current { border-inline-start-color: var(--c-accent); }
.num { font-weight: 650; font-variant-numeric: tabular-nums; }
.by { display: block; color: var(--c-muted); font-size: 12px; }

.card details { font-size: 13px; }
.card summary {
  cursor: pointer;
  color: var(--c-muted);
  font-size: 12.5px;
  font-weight: 600;
  padding-block: 2px;
  list-style: none;
  inline-size: fit-content;
}
.card summary::-webkit-details-marker { display: none; }
.card summary::before {
  content: '';
  display: inline-block;
  inline-size: 0;
  block-size: 0;
  margin-inline-end: 6px;
  vertical-align: 1px;
  border-block: 4px solid transparent;
  border-inline-start: 5px solid currentColor;
}
.card details[open] > summary::before { transform: rotate(90deg); }
.card[dir='rtl'] details[open] > summary::before { transform: rotate(-90deg); }
.card summary:hover { color: var(--c-fg); }
.card details > ul { margin-block-start: 4px; }
.sources ul { list-style: none; padding: 0; display: grid; gap: 6px; }
.sources li { font-size: 12.5px; }
.source__name { font-weight: 600; }
.source__role { color: var(--c-muted); }

.actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 6px;
  padding-block: 8px;
  padding-inline: 14px;
  border-block-start: 1px solid var(--c-border);
  background: var(--c-soft);
}
.btn {
  border: 1px solid transparent;
  border-radius: 6px;
  padding-block: 4px;
  padding-inline: 10px;
  font-size: 13px;
  line-height: 1.35;
  cursor: pointer;
  background: transparent;
  text-align: start;
}
.btn--primary { background: var(--c-accent); color: var(--c-accent-fg); font-weight: 600; }
.btn--primary:hover { filter: brightness(1.08); }
.btn--quiet { color: var(--c-fg); padding-inline: 6px; font-size: 12.5px; text-decoration: underline; text-decoration-color: var(--c-border); text-underline-offset: 3px; }
.btn--quiet:hover { background: var(--c-bg); text-decoration-color: currentColor; }

@media (forced-colors: active) {
  .card { border-color: CanvasText; }
  .btn, .close { border-color: ButtonText; }
  .numbers li.is-current { border-inline-start-color: Highlight; }
}
`;
