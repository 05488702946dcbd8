import { describe, expect, it } from 'vitest';
import { ids } from './support/detector.ts';

// From a review on history and background writing (encyclopedia entries, school and university
// texts, biographies of the Assad family, Aleppo's and ancient Syria's history, heritage pages).

describe('history: the elder Assad', () => {
  it('does not give a bare family name called the elder, the late or the father to the article\'s person', () => {
    expect(ids('Aleppo. Bashar al-Assad spoke. Prosecutors linked the elder Assad to the 1982 killings.')).toEqual(['aleppo', 'assad']);
    expect(ids('حلب. بشار الأسد. وعندما توفي الأسد الأب في حزيران 2000')).toEqual(['aleppo', 'assad']);
    expect(ids('Алеппо. Башар Асад выступил. Асад-старший умер в 2000 году.')).toEqual(['aleppo', 'assad']);
    expect(ids('Aleppo. Bashar al-Assad spoke. Assad senior died in 2000.')).toEqual(['aleppo', 'assad']);
    // the younger one is the article's person
    expect(ids('Aleppo. Bashar al-Assad spoke. The younger Assad then left.')).toEqual(['aleppo', 'assad', 'assad']);
  });
});

describe('history: French plural family names', () => {
  it('reads "les Assad", "des Assad" as the family', () => {
    expect(ids('Alep. La Syrie des Assad (1970-2024).')).toEqual(['aleppo']);
    expect(ids('Alep. Bachar al-Assad parle. Les Assad ont régné cinquante ans.')).toEqual(['aleppo', 'assad']);
  });
});

describe('history: Laodicea', () => {
  it('does not make a page about Laodicea on the Lycus (Revelation, Denizli) about Latakia', () => {
    expect(ids('De brief is gericht aan de gemeente in Laodicea, een stad in het huidige Turkije.')).toEqual([]);
    expect(ids('Laodicea, on the Syrian coast, was the port of the Seleucid kings.')).toEqual(['latakia']);
  });
  it('does not read Dutch "huidige" (current) as Spanish huida (flight)', () => {
    expect(ids('Hama. In het huidige Turkije.')).toEqual([]);
  });
});
