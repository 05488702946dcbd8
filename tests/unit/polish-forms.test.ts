import { describe, expect, it } from 'vitest';
import { polishForms } from '../../core/detect/polish-forms.ts';

describe('polishForms', () => {
  it('declines a name by its class: -a, -ia/-ja, a consonant, the mobile e', () => {
    expect(polishForms('Hama')).toEqual(['Hamy', 'Hamie', 'Hamę', 'Hamą']);
    expect(polishForms('Latakia')).toEqual(['Latakii', 'Latakię', 'Latakią']);
    expect(polishForms('Rosja')).toEqual(['Rosji', 'Rosję', 'Rosją']);
    expect(polishForms('Iran')).toEqual(['Irana', 'Iranu', 'Iranowi', 'Iranem', 'Iranie']);
    expect(polishForms('Katar')).toContain('Katarze');
    expect(polishForms('Damaszek')).toEqual(['Damaszka', 'Damaszku', 'Damaszkowi', 'Damaszkiem']);
  });

  it('declines a person\'s two names together, but not a woman\'s family name in a consonant', () => {
    expect(polishForms('Baszar al-Asad')).toEqual(['Baszara al-Asada', 'Baszaru al-Asadu', 'Baszarowi al-Asadowi', 'Baszarem al-Asadem', 'Baszarze al-Asadzie']);
    expect(polishForms('Asma al-Asad')).toEqual(['Asmy al-Asad', 'Asmie al-Asad', 'Asmę al-Asad', 'Asmą al-Asad']);
  });

  it('declines adjectives before and after their noun, and leaves a genitive complement', () => {
    expect(polishForms('armia syryjska')).toEqual(['armii syryjskiej', 'armię syryjską', 'armią syryjską']);
    expect(polishForms('rząd syryjski')).toEqual(expect.arrayContaining(['rządu syryjskiego', 'rządowi syryjskiemu', 'rządem syryjskim', 'rządzie syryjskim']));
    expect(polishForms('Arabia Saudyjska')).toEqual(['Arabii Saudyjskiej', 'Arabię Saudyjską', 'Arabią Saudyjską']);
    expect(polishForms('Czerwony Krzyż')).toEqual(expect.arrayContaining(['Czerwonego Krzyża', 'Czerwonemu Krzyżowi', 'Czerwonym Krzyżem', 'Czerwonym Krzyżu']));
    expect(polishForms('Międzynarodowy Komitet Czerwonego Krzyża')).toEqual(expect.arrayContaining([
      'Międzynarodowego Komitetu Czerwonego Krzyża', 'Międzynarodowym Komitetem Czerwonego Krzyża', 'Międzynarodowym Komitecie Czerwonego Krzyża',
    ]));
    expect(polishForms('Organizacja Narodów Zjednoczonych')).toEqual(['Organizacji Narodów Zjednoczonych', 'Organizację Narodów Zjednoczonych', 'Organizacją Narodów Zjednoczonych']);
  });

  it('leaves abbreviations, indeclinable foreign names, plurals in -i and other scripts alone', () => {
    for (const n of ['ONZ', 'MKCK', 'Aleppo', 'rebelianci', 'Amnesty International', 'Хама', 'حلب', 'Assad, Bashar']) expect(polishForms(n), n).toEqual([]);
  });
});
