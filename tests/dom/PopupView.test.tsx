import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '@/components/PopupView.tsx';
import { pack } from '@/lib/knowledge-pack.ts';
import type { PageState } from '@/core/protocol.ts';
import { mount } from './support.tsx';

const state: PageState = {
  status: 'active', site: 'example.org', onTopic: true, total: 12,
  entities: [
    { id: 'aleppo', name: 'Aleppo', kind: 'place', count: 7, firstSurface: 'Halep' },
    { id: 'assad', name: 'Bashar al-Assad', kind: 'person', count: 2, firstSurface: 'Bashar al-Assad' },
  ],
  figures: [{ id: 'evacuated-34000', surface: '50,000', value: 50_000, comparison: 'different' }],
};

function props(over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    state, pack, reporterName: (id) => id, entityName: (id) => id, siteEnabled: true, pausedEverywhere: false,
    onReveal: vi.fn(), onToggleSite: vi.fn(), onTogglePause: vi.fn(), onOpenSettings: vi.fn(), onOpenArticle: vi.fn(), ...over,
  };
}

describe('the popup', () => {
  it('says what was found, lists the mentions by entity with the first surface, and the figures', () => {
    const root = mount(<PopupView {...props()} />);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('9 mentions of 2 people, places and organisations, and one number from the article');
    const aleppo = root.querySelector('[data-entity="aleppo"]')!;
    expect(aleppo.textContent).toContain('Aleppo');
    expect(aleppo.textContent).toContain('7');
    expect(aleppo.textContent).toContain('as “Halep”');
    expect(root.querySelector('[data-entity="assad"]')!.textContent).not.toContain('as “');
    expect(root.querySelector('[data-figure="evacuated-34000"]')!.textContent).toContain('differs from the article’s number');
  });

  it('reveals a mention on click and flips the switches', () => {
    const p = props();
    const root = mount(<PopupView {...p} />);
    act(() => (root.querySelector('[data-entity="aleppo"]') as HTMLButtonElement).click());
    expect(p.onReveal).toHaveBeenCalledWith('aleppo');
    const [site, pause] = Array.from(root.querySelectorAll<HTMLInputElement>('input[role="switch"]'));
    act(() => site!.click());
    act(() => pause!.click());
    expect(p.onToggleSite).toHaveBeenCalledWith(false);
    expect(p.onTogglePause).toHaveBeenCalledWith(true);
  });

  it.each([
    [undefined, 'Reading this page…'],
    ['unavailable' as const, 'Not available on this page'],
    [{ ...state, onTopic: false, total: 0, entities: [], figures: [] }, 'This page does not seem to be about the article’s story'],
    [{ ...state, total: 0, entities: [], figures: [] }, 'Nothing highlighted with your current settings'],
    [{ ...state, total: 3, entities: [{ ...state.entities[0]!, count: 3 }], figures: [] }, '3 mentions of one person, place or organisation'],
    [{ ...state, total: 1, entities: [{ ...state.entities[0]!, count: 1 }], figures: [] }, '1 mention of 1 person, place or organisation'],
    [{ ...state, total: 11, figures: [...state.figures, state.figures[0]!] }, '9 mentions of 2 people, places and organisations, and 2 numbers from the article'],
    [{ ...state, total: 1, entities: [] }, 'One number from the article found'],
    [{ ...state, total: 2, entities: [], figures: [...state.figures, state.figures[0]!] }, '2 numbers from the article found'],
    [{ ...state, status: 'site-off' as const }, 'Paused on this site'],
    [{ ...state, status: 'paused' as const }, 'Paused everywhere'],
  ])('has a status line for %j', (s, line) => {
    const root = mount(<PopupView {...props({ state: s })} />);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(line);
  });

  it('hides the switches where the extension cannot run, and reads right to left in Arabic', () => {
    expect(mount(<PopupView {...props({ state: 'unavailable' })} />).querySelector('input[role="switch"]')).toBeNull();
    const ar = mount(<PopupView {...props()} />, 'ar');
    expect(ar.querySelector('main')!.getAttribute('dir')).toBe('rtl');
  });
});
