import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticlePage } from '@/components/ArticlePage.tsx';
import { pack } from '@/lib/knowledge-pack.ts';
import { mount } from './support.tsx';

const article = readFileSync('assets/article/syrian-govt-seizes-control-of-aleppo.txt', 'utf8');

describe('the article page', () => {
  it('shows the whole article with every number and quoted source marked', () => {
    const root = mount(<ArticlePage pack={pack} article={article} reporterName={(id) => id} />);
    const text = root.querySelector('article')!.textContent!;
    for (const line of article.split('\n').slice(1).filter((l) => l.trim())) expect(text).toContain(line);
    expect(Array.from(root.querySelectorAll('.mark-figure')).map((m) => m.textContent)).toEqual(
      expect.arrayContaining(['34,000', '35,000', 'almost half a million', 'millions', '2011']),
    );
    for (const s of pack.sources) expect(root.querySelector(`#source-${s.id}`), s.id).not.toBeNull();
    expect(root.textContent).toContain('Historical context');
  });

  it('brings forward the figure the reader came for, and speaks Arabic right to left', () => {
    const root = mount(<ArticlePage pack={pack} article={article} reporterName={(id) => id} focusId="fled-35000" />, 'ar');
    expect(root.querySelector('.mark-figure.is-focus')?.textContent).toBe('35,000');
    expect(root.textContent).toContain('سياق تاريخي');
    expect(root.querySelector('article')!.getAttribute('dir')).toBe('ltr'); // the article itself stays English
  });
});
