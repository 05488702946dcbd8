import type { Mention } from '@/core/detect/types.ts';

export const CATEGORIES = ['person', 'place', 'organisation', 'country', 'group', 'figure'] as const;
export type Category = (typeof CATEGORIES)[number];

export const categoryOf = (m: Mention): Category => (m.type === 'figure' ? 'figure' : m.kind);
