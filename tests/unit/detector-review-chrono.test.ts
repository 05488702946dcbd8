import { describe, expect, it } from 'vitest';
import { found } from './support/detector.ts';

// From a review on timelines, fact-checks, explainers, chart notes, corrections, anniversary pieces
// and obituaries in eight languages.

const onTopic = (s: string) => `${s} Aleppo.`;

describe('names a timeline or a correction writes out', () => {
  it('reads a Turkish UN agency (BM + its name) as the agency, not the UN itself', () => {
    expect(found(onTopic("Kaynak: BM Mülteciler Yüksek Komiserliği'nin raporu."))).toEqual(['aleppo:Aleppo']);
    expect(found(onTopic('BM Dünya Gıda Programı yardım gönderdi.'))).toEqual(['aleppo:Aleppo']);
    expect(found(onTopic("BM'ye göre 250 bin sivil mahsur kaldı."))).toEqual(['united-nations:BM', 'aleppo:Aleppo']);
  });

  it('reads "Syria\'s government" and "Syria\'s army" as the Syrian government', () => {
    expect(found(onTopic("Syria's government declared full control."))).toEqual(["syrian-government:Syria's government", 'aleppo:Aleppo']);
  });

  it('reads Turkey\'s official Russian name in its cases', () => {
    expect(found(onTopic('Посол в Турецкой Республике погиб.'))).toEqual(['turkey:Турецкой Республике', 'aleppo:Aleppo']);
  });
});
