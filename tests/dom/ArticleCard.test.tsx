import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './support.tsx';
import { ArticleCard } from '@/components/ArticleCard.tsx';
import { pack } from '@/lib/knowledge-pack.ts';

const name = (id: string) => (id === 'article' ? 'the article' : id.toUpperCase());

describe('ArticleCard', () => {
  it('shows the title, the historical date context, the summary, numbers with reporters and sources', () => {
    const root = mount(<ArticleCard pack={pack} reporterName={name} />);
    const text = root.textContent ?? '';
    expect(root.querySelector('h2')?.textContent).toBe('Syrian Govt Seizes Control of Aleppo');
    expect(text).toContain('22 December 2016');
    expect(text).toContain(pack.article.summary);
    expect(root.querySelector('[data-figure="evacuated-34000"]')?.textContent).toContain('reported by ICRC');
    expect(root.querySelectorAll('[data-source]').length).toBe(pack.sources.length);
  });

  it('sets each number apart from what it counts, since not every number runs on into it ("millions", "no hospital")', () => {
    const root = mount(<ArticleCard pack={pack} reporterName={name} />);
    const line = (id: string) => root.querySelector(`[data-figure="${id}"] bdi`)?.textContent;
    expect(line('displaced-millions')).toBe('millions: people forced to flee their homes in the civil war');
    expect(line('hospitals-functioning-0')).toMatch(/^no hospital: hospitals left functioning/);
    expect(line('evacuated-34000')).toBe('34,000: people evacuated from the rebel areas of Aleppo');
  });

  it('lists the figure it is asked about first and offers the full article', () => {
    const onRead = vi.fn();
    const root = mount(<ArticleCard pack={pack} reporterName={name} firstFigureId="fled-35000" onReadArticle={onRead} />);
    expect(root.querySelector('[data-figure]')?.getAttribute('data-figure')).toBe('fled-35000');
    act(() => root.querySelector<HTMLButtonElement>('.article-card__read')!.click());
    expect(onRead).toHaveBeenCalledOnce();
  });

  it('renders pack text as text, never as HTML', () => {
    const hostile = structuredClone(pack);
    hostile.article.summary = '<img src=x onerror=alert(1)>';
    const root = mount(<ArticleCard pack={hostile} reporterName={name} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
