import { readFileSync } from 'node:fs';
import { detectorFromLexicon } from '../../../core/detect/from-lexicon.ts';
import { checkLexicon } from '../../../core/detect/lexicon-check.ts';
import { scanText } from '../../../core/detect/scan-text.ts';
import type { Pack } from '../../../core/pack/schema.ts';

const root = new URL('../../../', import.meta.url);
export const pack = JSON.parse(readFileSync(new URL('assets/pack.json', root), 'utf8')) as Pack;
const checked = checkLexicon(JSON.parse(readFileSync(new URL('assets/lexicon.json', root), 'utf8')));
if (!checked.ok) throw new Error(checked.errors.join('\n'));
export const lexicon = checked.lexicon;
export const detector = detectorFromLexicon(pack, lexicon);

/** Shown mentions of a text as "id:surface" strings, in order. */
export function found(text: string): string[] {
  return scanText(detector, text).mentions.filter((m) => m.shown).map((m) => `${m.id}:${m.surface}`);
}

export const ids = (text: string) => found(text).map((s) => s.split(':')[0]);
