/** Counts written out, in normalised form (diacritics gone: "tweeëntwintig" is "tweeentwintig"). */
const NL_UNITS =
  'nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien';
const EN_UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen';
const NL_TENS = 'twintig dertig veertig vijftig zestig zeventig tachtig negentig';
const EN_TENS = 'twenty thirty forty fifty sixty seventy eighty ninety';

const UNITS = new Map<string, number>([...NL_UNITS.split(' '), ...EN_UNITS.split(' ')].map((w, i) => [w, i % 20]));
const TENS = new Map<string, number>(
  [...NL_TENS.split(' '), ...EN_TENS.split(' ')].map((w, i) => [w, ((i % 8) + 2) * 10]),
);

const alt = (words: string, from = 0, to?: number): string => words.split(' ').slice(from, to).join('|');
const NL_COMPOUND = new RegExp(`^(${alt(NL_UNITS, 1, 10)})e?n(${alt(NL_TENS)})$`);

/**
 * A count on prepared text (tokens joined by single spaces): digits, a number word, "vijfentwintig" or "twenty five".
 * For use inside larger patterns; read the matched text back with `parseCount`.
 */
export const COUNT = [
  '\\d{1,4}',
  `(?:${alt(NL_UNITS, 1, 10)})e?n(?:${alt(NL_TENS)})`,
  `(?:${alt(EN_TENS)})(?: (?:${alt(EN_UNITS, 1, 10)}))?`,
  alt(NL_TENS),
  alt(NL_UNITS),
  alt(EN_UNITS),
].join('|');

/** The value of a count ("5", "vijf", "vijfentwintig", "twenty five"); undefined when it is none. */
export function parseCount(text: string): number | undefined {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  const single = UNITS.get(text) ?? TENS.get(text);
  if (single !== undefined) return single;
  const nl = NL_COMPOUND.exec(text);
  if (nl?.[1] !== undefined && nl[2] !== undefined) return (TENS.get(nl[2]) ?? 0) + (UNITS.get(nl[1]) ?? 0);
  const parts = text.split(' ');
  if (parts.length !== 2) return undefined;
  const tens = TENS.get(parts[0] ?? '');
  const unit = UNITS.get(parts[1] ?? '');
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}
