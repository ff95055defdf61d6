export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
