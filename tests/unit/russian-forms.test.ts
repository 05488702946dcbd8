import { describe, expect, it } from 'vitest';
import { russianForms } from '../../core/detect/russian-forms.ts';

describe('russianForms', () => {
  it('declines a name by its class: -а, -ия, a consonant, a person two names', () => {
    expect(russianForms('Хама')).toEqual(['Хамы', 'Хаме', 'Хаму', 'Хамой', 'Хамою']);
    expect(russianForms('Латакия')).toEqual(['Латакии', 'Латакию', 'Латакией']);
    expect(russianForms('Дамаск')).toEqual(['Дамаска', 'Дамаску', 'Дамаском', 'Дамаске']);
    expect(russianForms('Башар аль-Асад')).toEqual(['Башара аль-Асада', 'Башару аль-Асаду', 'Башаром аль-Асадом', 'Башаре аль-Асаде']);
  });

  it('declines adjectives with their noun, and leaves what follows the noun', () => {
    expect(russianForms('сирийская армия')).toEqual(['сирийской армии', 'сирийскую армию', 'сирийской армией']);
    expect(russianForms('сирийское правительство')).toContain('сирийским правительством');
    expect(russianForms('Красный Крест')).toEqual(['Красного Креста', 'Красному Кресту', 'Красным Крестом', 'Красном Кресте']);
    expect(russianForms('Международный комитет Красного Креста')).toContain('Международному комитету Красного Креста');
    expect(russianForms('Организация Объединённых Наций')).toEqual(['Организации Объединённых Наций', 'Организацию Объединённых Наций', 'Организацией Объединённых Наций']);
    expect(russianForms('правительство Сирии')).toContain('правительством Сирии');
  });

  it('declines plurals, and a plural adjective with a neuter plural noun', () => {
    expect(russianForms('повстанцы')).toContain('повстанцев');
    expect(russianForms('боевики')).toEqual(['боевиков', 'боевикам', 'боевиками', 'боевиках']);
    expect(russianForms('правительственные войска')).toEqual(['правительственных войск', 'правительственным войскам', 'правительственными войсками', 'правительственных войсках']);
    expect(russianForms('сирийские военные')).toContain('сирийскими военными');
  });

  it('tells a one-word name in -ий (a noun) from an adjective, and soft plurals from hard ones', () => {
    expect(russianForms('Дмитрий')).toEqual(['Дмитрия', 'Дмитрию', 'Дмитрием', 'Дмитрии']);
    expect(russianForms('сирийские власти')).toEqual(['сирийских властей', 'сирийским властям', 'сирийскими властями', 'сирийских властях']);
    expect(russianForms('Святой престол')).toContain('Святого престола');
  });

  it('leaves abbreviations, foreign indeclinable names and other scripts alone', () => {
    for (const n of ['ООН', 'МККК', 'САНА', 'Алеппо', 'Aleppo', 'Amnesty International', 'حلب']) expect(russianForms(n), n).toEqual([]);
  });
});
