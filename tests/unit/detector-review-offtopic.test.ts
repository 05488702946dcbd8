import { describe, expect, it } from 'vitest';
import { detector } from './support/detector.ts';
import { scanText } from '../../core/detect/scan-text.ts';

// From a review on off-topic pages sharing the article's names and numbers (sports, business,
// recipes, other wars and disasters) in eight languages, with short on-topic controls.

const shownIds = (text: string) =>
  scanText(detector, text)
    .mentions.filter((m) => m.shown)
    .map((m) => m.id);

describe('Arabic prefixes', () => {
  it('does not stack two prepositions: "للحلب" is li + al + milking, not li + li + Aleppo', () => {
    expect(shownIds('ينصح الخبراء بالالتزام بمواعيد ثابتة للحلب، مرتين أو ثلاث مرات يومياً.')).toEqual([]);
    // a conjunction still takes a preposition after it, and a preposition its noun
    expect(shownIds('وصلت القوافل إلى ريف إدلب ولحلب حصة من المساعدات.')).toContain('aleppo');
    expect(shownIds('وصل الجيش السوري وبحلب احتفالات.')).toContain('aleppo');
    expect(shownIds('عاد النازحون لحلب بعد الاتفاق.')).toContain('aleppo');
  });
});
