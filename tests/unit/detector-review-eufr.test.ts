import { describe, expect, it } from 'vitest';
import { detector, found, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on new German, French, Dutch and English texts (news, wires, Wikipedia, Reddit).
// Each text names an anchor (Aleppo) so context entities are shown.
const onTopic = (s: string) => `${s} Aleppo.`;
const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure' && m.shown);

describe('German "Uno" (Spiegel, dpa, Austrian papers)', () => {
  it('is the UN mid-sentence and as the first part of a compound, also opening a sentence', () => {
    expect(found(onTopic('Die Uno hatte berichtet. Der Uno-Sicherheitsrat tagte.')).slice(0, 2)).toEqual(['united-nations:Uno', 'united-nations:Uno']);
    expect(found(onTopic('Uno-Generalsekretär Ban Ki Moon sprach von Gräueltaten.'))[0]).toBe('united-nations:Uno');
  });

  it('is not the Spanish or Italian word opening a sentence', () => {
    expect(ids(onTopic('Uno de los heridos murió.'))).toEqual(['aleppo']);
    expect(ids(onTopic('Uno dei feriti è morto.'))).toEqual(['aleppo']);
  });

  it('leaves other sentence-initial names alone before a lower-case hyphenated word', () => {
    expect(ids(onTopic('Uno-dos-tres, dijo.'))).toEqual(['aleppo']);
  });
});

describe('names and look-alikes added in this review', () => {
  it.each([
    ['les derniers insurgés ont quitté la ville', 'rebels:insurgés'],
    ['SAA declares the city liberated', 'syrian-government:SAA'],
    ['Syrisch leger: stad heroverd', 'syrian-government:Syrisch leger'],
    ['tussen het Syrisch-Arabische Leger en de rebellen', 'syrian-government:Syrisch-Arabische Leger'],
    ['Syria army says it has retaken the city', 'syrian-government:Syria army'],
  ])('finds %j', (text, expected) => {
    expect(found(onTopic(text))).toContain(expected);
  });

  it.each([
    ['rebellen van het Vrije Syrische Leger', 'syrian-government'],
    ['het Vrij Syrisch Leger', 'syrian-government'],
    ['fighters of the Free Syria Army', 'syrian-government'],
  ])('does not read the Free Syrian Army in %j as the government', (text, id) => {
    expect(ids(onTopic(text))).not.toContain(id);
  });

  it.each([
    'Aleppo zeep 200 gram, echte Aleppo-zeep',
    'Muhammara mit Aleppo-Pfeffer',
    'une pincée de piment d\'Alep',
    'Aleppo peper en Hama strijkkralen',
    'Hama beads and Hama-Perlen',
  ])('does not read a product named after a city as the city in %j', (text) => {
    const r = scanText(detector, text);
    expect(r.onTopic).toBe(false);
    expect(r.mentions.filter((m) => m.shown)).toEqual([]);
  });
});

describe('a news agency named after its word for itself', () => {
  it('is the agency with the word before or right after it', () => {
    expect(found(onTopic('The official Sana news agency said.'))[0]).toBe('sana:Sana');
    expect(found(onTopic('Die Sana-Agentur meldete.'))[0]).toBe('sana:Sana');
    expect(found(onTopic("Selon l'agence de presse officielle syrienne Sana, la ville."))[0]).toBe('sana:Sana');
  });

  it('is not a person called Sana', () => {
    expect(ids(onTopic('Sana, 12, told the agency she had lost her home.'))).toEqual(['aleppo']);
    expect(ids(onTopic('Sana said the agency was wrong.'))).toEqual(['aleppo']);
    // another word joined by a hyphen makes another name: Yemen's agency in Sana'a
    expect(ids('The Houthi-run, Sana-based agency Saba said 40 people were killed.')).toEqual([]);
  });
});

describe('figures', () => {
  it('reads Dutch and German death tolls with the verb apart ("kostte ... het leven")', () => {
    expect(figures(onTopic('De oorlog kostte volgens de VN bijna een half miljoen mensen het leven.')).map((f) => f.id)).toEqual(['deaths-half-million']);
    expect(figures(onTopic('Der Krieg kostete fast eine halbe Million Menschen das Leben.')).map((f) => f.id)).toEqual(['deaths-half-million']);
  });

  it('links Dutch "in veiligheid gebracht" to the evacuation', () => {
    expect(figures('Volgens het ICRC zijn 34.000 mensen uit Aleppo in veiligheid gebracht.').map((f) => f.id)).toEqual(['evacuated-34000']);
  });

  it('reads "the crisis began in 2011" as the uprising', () => {
    expect(figures(onTopic('Since the crisis began in 2011, millions have fled.')).map((f) => f.id)).toEqual(['uprising-2011', 'displaced-millions']);
  });

  it('links German "herausgeholt", "herausgebracht" to the evacuation', () => {
    expect(figures('Das IKRK sagte, rund 34.000 Menschen seien aus Ost-Aleppo herausgebracht worden.').map((f) => f.id)).toEqual(['evacuated-34000']);
    expect(figures('Laut IKRK wurden 34.000 Menschen aus Aleppo herausgeholt.').map((f) => f.id)).toEqual(['evacuated-34000']);
  });

  it('links "driven/forced from their homes" to the displaced', () => {
    expect(figures(onTopic('The war has driven more than 11 million from their homes.')).map((f) => f.id)).toEqual(['displaced-millions']);
  });

  it('does not count a population as the displaced', () => {
    const text = onTopic("The war has displaced half the country's prewar population of 23 million.");
    expect(figures(text)).toEqual([]);
    expect(figures(onTopic('Der Krieg hat die Hälfte der Bevölkerung von 21 Millionen vertrieben.'))).toEqual([]);
    // a count of the displaced in the same sentence is still one
    expect(figures(onTopic('Of a population of 23 million, 11 million were displaced.')).map((f) => f.surface)).toEqual(['11 million']);
  });
});
