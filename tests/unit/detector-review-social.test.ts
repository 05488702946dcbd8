import { describe, expect, it } from 'vitest';
import { detector, found as shown } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

// From a review on social media and forums (X threads, Reddit, YouTube and Facebook comments,
// Telegram channels, Ekşi Sözlük, Arabizi) in eight languages, a third off-topic look-alikes.

describe('social media: casing', () => {
  it('does not let the capitals of an @handle spoil a comment typed in lower case', () => {
    const text = 'Aleppo is gone.\n\n@Dan_Miller_UK its not just russia, iran and qatar too\n88 Reply';
    expect(shown(text)).toEqual(expect.arrayContaining(['russia:russia', 'iran:iran', 'qatar:qatar']));
    // a capital the writer typed still counts: turkey stays the bird
    expect(shown('Aleppo is gone.\n\n@Dan its not just Russia, turkey is fine')).not.toContain('turkey:turkey');
  });
  it('takes lower-case names that are no word anywhere (russia, qatar, icrc) in any sentence', () => {
    const text = 'Aleppo fell. russia and qatar talk, not the UN. The icrc says so.';
    expect(shown(text)).toEqual(expect.arrayContaining(['russia:russia', 'qatar:qatar']));
  });
});

describe('social media: names', () => {
  it('reads the German strong dative "Rotem Kreuz" (zusammen mit Rotem Kreuz) as the Red Cross', () => {
    expect(shown('Aleppo: Die UN arbeitet zusammen mit Rotem Kreuz und Halbmond.')).toContain('icrc:Rotem Kreuz');
  });
  it('reads the Arabizi 7alab as Aleppo', () => {
    expect(shown('ya rab ykoun 3ayshin ahl 7alab')).toContain('aleppo:7alab');
  });
});

describe('social media: figures', () => {
  it('reads the unaccented Spanish "millon" of comments', () => {
    const figs = scanText(detector, 'Alepo.\n\ncasi medio millon de muertos desde 2011').mentions.filter((m) => m.type === 'figure');
    expect(figs.map((m) => m.id)).toContain('deaths-half-million');
  });
  it('reads Turkish "çıkarıldı" (taken out) as leaving, for counts that agree with the article\'s', () => {
    const figs = (t: string) => scanText(detector, t).mentions.filter((m) => m.type === 'figure').map((m) => m.id);
    expect(figs("Halep'in doğusundan 34 bin kişinin otobüslerle çıkarıldığı bildirildi.")).toEqual(['evacuated-34000']);
    // a count that agrees with none is another count (words of leaving tell many things)
    expect(figs("Halep. Şehirden 120 bin kişi çıkarıldı.")).toEqual([]);
  });
});
