import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

const shown = (text: string) => scanText(detector, text).mentions.filter((m) => m.shown);
const shownIds = (text: string) => shown(text).map((m) => m.id);

describe('Latakia, also a pipe tobacco (review-html3)', () => {
  it.each([
    ['Review: Three Balkan blends heavy on Latakia'],
    ['The Latakia dominates from the first light. Too much Latakia for me, I prefer straight Virginias.'],
    ['Real Syrian Latakia has not been produced for decades; what you buy today is cured on Cyprus.'],
    ['Mezclas con mucha Latakia y tabaco oriental.'],
  ])('does not make %j on-topic', (text) => {
    expect(scanText(detector, text).onTopic).toBe(false);
  });

  it.each([
    ['Latakia, the main port of Syria, was calm on Tuesday.'],
    ['Russian jets took off from the Hmeimim base near Latakia.'],
    ['Rebels shelled Latakia overnight.'],
    ['Assad visited Latakia.'],
  ])('still reads the port in %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(true);
    expect(shownIds(text)).toContain('latakia');
  });

  it('is the port where the war is told after it, in its paragraph', () => {
    expect(scanText(detector, 'Latakia was hit by rockets overnight; 12 people were killed.').onTopic).toBe(true);
    expect(scanText(detector, 'Latakia blends.\n\n12 people were killed in a crash.').onTopic).toBe(false);
  });

  it('is shown on a page already about the article', () => {
    expect(shownIds('Aleppo fell in December.\n\nLatakia stayed quiet.')).toContain('latakia');
  });
});

describe('a place after a patronymic particle (review-html3)', () => {
  it.each([['Photo: Ardon Bar-Hama / Israel Museum'], ['The Aleppo Codex, photographed by Ardon Bar-Hama.']])('reads %j as a person, not Hama', (text) => {
    expect(shownIds(text)).not.toContain('hama');
  });

  it('keeps directional forms and plain uses', () => {
    expect(shownIds('In Ost-Aleppo und bei Hama wird gekämpft, sagen Rebellen.')).toEqual(expect.arrayContaining(['aleppo', 'hama']));
  });
});

describe('the Damascus Keter, a manuscript (review-html3)', () => {
  it('is not the city', () => {
    expect(shownIds('Aleppo was divided. Visitors will see Damascus Keters lent by the library.')).not.toContain('damascus');
  });
});

describe('the Arabic for taking people out (review-html3)', () => {
  it.each([
    ['وأكدت اللجنة الدولية للصليب الأحمر أن نحو 34 ألف شخص أخرجوا من الأحياء الشرقية في حلب.'],
    ['وتم إخراج 34 ألف شخص من أحياء حلب الشرقية.'],
  ])('counts %j as the evacuation', (text) => {
    expect(shown(text).filter((m) => m.type === 'figure').map((m) => m.id)).toEqual(['evacuated-34000']);
  });

  it('does not read a film director as an evacuation', () => {
    expect(shown('أخرج المخرج السوري فيلما عن حلب شاهده 34 ألف شخص.').filter((m) => m.type === 'figure')).toHaveLength(0);
  });
});

describe('a web address shown as text (review-html3)', () => {
  it.each([
    ['Source: https://www.theguardian.com/world/live/2016/dec/15/aleppo-evacuation-live'],
    ['Mehr unter www.aleppo-seife.de im Shop.'],
    ['Retrieved from http://example.org/news/Homs-report.html on 3 May.'],
  ])('reads no name inside %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.type === 'entity')).toHaveLength(0);
  });

  it('reads the names around it', () => {
    expect(shownIds('(https://en.wikipedia.org/wiki/Aleppo) Aleppo fell. Read: https://t.co/xyz Homs')).toEqual(['aleppo', 'homs']);
  });
});

describe('a bare family name with Syria named near it (review-html3)', () => {
  it.each([
    ['Syrien: fast 500.000 Tote seit 2011. Assad bleibt.'],
    ['Siria: casi medio millón de muertos. Asad sigue.'],
    ["Suriye'de yaklaşık yarım milyon kişi öldü, Esad kaldı."],
    ['В Сирии погибли почти полмиллиона человек, Асад остается.'],
    ['Syrien: Präsident Assad bleibt.'],
  ])('makes the teaser %j about the article', (text) => {
    expect(scanText(detector, text).onTopic).toBe(true);
    expect(shownIds(text)).toContain('assad');
  });

  it.each([
    ['Omar Assad, born in Syria, scored twice.'],
    ['Esad Bey and Asad are common given names.'],
    ['Assad scored twice for the visitors.'],
  ])('does not make %j about it (a given name before it, or no Syria)', (text) => {
    expect(scanText(detector, text).onTopic).toBe(false);
  });
});

describe('UKK, the Turkish abbreviation of the ICRC (review-html3)', () => {
  it('reads it, with its suffixes, on a page about the article', () => {
    expect(shownIds("HALEP (AA) - Uluslararası Kızılhaç Komitesi (UKK) açıkladı. UKK'nin heyeti geldi.").filter((id) => id === 'icrc')).toHaveLength(3);
  });
});

describe('a Romance "thing of a place" in the plural (review-html3)', () => {
  it.each([
    ["Incendie dans les Bouches-du-Rhône : 300 hectares de pins d'Alep partis en fumée."],
    ['Des savons d’Alep artisanaux.'],
    ["Pini d'Aleppo in fiamme sul Gargano."],
    ['Ardieron 500 hectáreas de pinos de Alepo.'],
  ])('is no mention of the city in %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.id === 'aleppo')).toHaveLength(0);
  });

  it("leaves the city's own name", () => {
    expect(shownIds("Le siège d'Alep a duré quatre ans.")).toEqual(['aleppo']);
  });
});

describe('Aleppo Township, Pennsylvania (review-html3)', () => {
  it('is no mention of the city', () => {
    expect(scanText(detector, 'Aleppo Township supervisors met on Tuesday in Greene County.').onTopic).toBe(false);
  });
});

describe('a bare family name with Syria named near it, and someone of that name near it too', () => {
  it('is that family, not the article\'s person', () => {
    expect(scanText(detector, 'Assad and his wife lived in Michigan. Maria Assad said Syria was far away.').onTopic).toBe(false);
    expect(scanText(detector, 'Assad lebte in Köln. Syrien war weit weg, sagte Maria Assad.').onTopic).toBe(false);
  });

  it('is still the article\'s person where the name near it is his own (Bashar Assad)', () => {
    expect(scanText(detector, 'Syria: Assad stays in power, Bashar Assad told reporters.').onTopic).toBe(true);
  });
});
