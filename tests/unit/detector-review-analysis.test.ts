import { describe, expect, it } from 'vitest';
import { found as shown } from './support/detector.ts';

// From a review on long-form analysis and opinion (think-tank commentaries, op-eds, book reviews,
// ten-years-on and 2024 retrospectives) in en, fr, de, es, nl, a quarter off-topic.

describe('analysis: refugees listed by host country', () => {
  it('reads "in der Türkei, im Libanon, in Jordanien" as a list, not a clause framed on Lebanon', () => {
    const text = 'Baschar al-Assad floh aus Aleppo. Nach Schätzungen der Vereinten Nationen sind viele Syrer vertrieben worden; Millionen leben als Flüchtlinge in der Türkei, im Libanon, in Jordanien und in Europa.';
    expect(shown(text)).toContain('displaced-millions:Millionen');
  });
  it('does the same for Spanish "en Turquía, en Líbano, en Jordania"', () => {
    const text = 'Bashar al Asad huyó de Damasco tras perder Alepo. Pienso en los millones de refugiados en Turquía, en Líbano, en Jordania, que ahora se preguntan si pueden volver.';
    expect(shown(text)).toContain('displaced-millions:millones');
  });
  it('still reads a clause that opens on another place as that place\'s count', () => {
    const text = 'Bashar al-Assad kept Aleppo. Across the region, in Yemen, the war has displaced millions.';
    expect(shown(text).filter((m) => m.startsWith('displaced-millions:'))).toEqual([]);
  });
});

describe('analysis: Dutch verbs of dying', () => {
  it('reads "een half miljoen mensen stierven" as the death toll', () => {
    const text = 'Assad werd gesteund door Rusland in Aleppo. Wie wil begrijpen waarom ruim een half miljoen mensen stierven, moet dit lezen.';
    expect(shown(text)).toContain('deaths-half-million:ruim een half miljoen');
  });
});
