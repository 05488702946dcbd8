import { describe, expect, it } from 'vitest';
import { detector, ids } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';
import type { FigureMention } from '../../core/detect/types.ts';

// From a review on look-alikes (traps) in every supported language.

const onTopic = (s: string) => `${s} Aleppo.`;
const figures = (text: string) =>
  scanText(detector, text).mentions.filter((m): m is FigureMention & { shown: boolean } => m.type === 'figure');

describe('look-alikes of the anchors', () => {
  it('does not take Hama bead products or Latakia pipe tobacco for the cities', () => {
    expect(ids('Hama Midi beads in 22 colours; Hama Mini and Hama Maxi; two Hama pegboards; Hama Perlen.')).toEqual([]);
    expect(ids('A Hama bead coaster.')).toEqual([]);
    expect(ids('Almost all Cyprian Latakia is fire-cured. The Latakia percentage matters; a Latakia mixture.')).toEqual([]);
  });

  it('does not take Portuguese Aleppo pepper, pine or soap for the city', () => {
    expect(ids('A pimenta de Alepo é suave; o pinheiro-de-alepo; sabonete de Alepo.')).toEqual([]);
  });

  it('reads the German spelling Hafis al-Assad as the father, not Bashar', () => {
    expect(ids(onTopic('Schon Assads Vater Hafis al-Assad ließ Aufstände niederschlagen.'))).toEqual(['assad', 'aleppo']);
  });
});

describe('words of leaving in Italian', () => {
  it('reads 34mila who left eastern Aleppo as the evacuation', () => {
    const f = figures('Secondo il Cicr, circa 34mila persone hanno lasciato i quartieri orientali di Aleppo in una settimana.');
    expect(f.map((m) => m.id)).toEqual(['evacuated-34000']);
  });
});
