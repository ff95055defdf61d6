import type { DsregStatus } from './parse.js';

const FLAG_FIELDS = ['DomainJoined', 'AzureAdJoined', 'WorkplaceJoined', 'AzureAdPrt', 'WamDefaultSet'];
const MENTIONED_FIELD = new RegExp(`\\b(${FLAG_FIELDS.join('|')})\\b[^\\n]{0,24}?\\b(yes|no|ja|nee|error)\\b`, 'i');

/** "AzureAdJoined staat op NO bij alle pc's": one dsregcmd field named in a sentence, read as a one-line paste. */
export function mentionedField(text: string): DsregStatus | null {
  const m = MENTIONED_FIELD.exec(text.length > 20_000 ? text.slice(0, 20_000) : text);
  const name = FLAG_FIELDS.find((f) => f.toLowerCase() === m?.[1]?.toLowerCase());
  if (!m?.[2] || !name) return null;
  return { fields: new Map([[name, m[2].toUpperCase()]]), diagnostics: {} };
}
