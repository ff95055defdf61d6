/** How error codes are written: hex shapes, symbolic names, cue words, and the index of known codes. */
import { deletions, editDistance } from './typo.js';

export const HEX = /^[0-9a-f]+$/i;
export const DECIMAL = /^[0-9]+$/;
const CANONICAL_HEX = /^0x[0-9a-f]{1,8}$/i;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

export function canonicalHex(digits: string): string {
  return `0x${digits.toUpperCase().padStart(8, '0')}`;
}

/**
 * A bare 8-digit token is taken for an HRESULT without a cue word only when it has the severity bit
 * (8… or C…). All-decimal tokens must also start with 80: real HRESULTs almost always do, while
 * order, phone and serial numbers spread over 81…89.
 */
export function looksLikeHresult(token: string): boolean {
  const first = token.charAt(0).toUpperCase();
  if ((first !== '8' && first !== 'C') || !/[0-9]/.test(token)) return false;
  return !DECIMAL.test(token) || token.startsWith('80');
}

/** The symbolic-name families of the articles; unknown members are still codes. */
const NAME_FAMILIES = ['DSREG_', 'WININET_E_', 'ERROR_ADAL_', 'TPM_E_', 'NTE_'];
const FAMILY_NAME = /^[A-Z0-9_]+$/;
const BUILT_IN_NAMES = [
  'E_INVALIDDATA',
  'OOBEIDPS',
  'NoEnrollmentPolicy',
  'DeviceCapReached',
  'APNSCertificateNotValid',
  'AccountNotOnboarded',
  'DeviceTypeNotSupported',
  'UserLicenseTypeInvalid',
  'MdmAuthorityNotDefined',
];
/** Server error codes made of ordinary words: only their exact CamelCase spelling is a code. */
const CASE_SENSITIVE_NAMES = new Set(['DirectoryError', 'AuthenticationError']);

function familyName(token: string): string | undefined {
  const upper = token.toUpperCase();
  const prefix = NAME_FAMILIES.find((p) => upper.startsWith(p));
  if (prefix === undefined || !FAMILY_NAME.test(upper)) return undefined;
  const name = upper.replace(/(?<!_)_+$/, '');
  return name.length > prefix.length ? name : undefined;
}

/** Ordinary words in `known` (a key such as `throttled`) must not match every casual use of the word. */
function looksCodeLike(name: string): boolean {
  return /[_0-9]/.test(name) || /[a-z][A-Z]/.test(name) || /^[A-Z]{4,}$/.test(name);
}

export type Cue = 'code' | 'not-code';

// prettier-ignore
const CODE_CUES = new Set([
  'fout', 'fouten', 'foutcode', 'foutcodes', 'foutmelding', 'foutnummer', 'error', 'errors', 'errorcode',
  'errorcodes', 'errorsubcode', 'suberror', 'subcode', 'code', 'codes', 'hr', 'hresult', 'result', 'resultaat',
  'failed', 'mislukt', 'exitcode', 'statuscode',
]);
// prettier-ignore
const NOT_CODE_CUES = new Set([
  'serial', 'serienummer', 'serienr', 'sn', 'ticket', 'ticketnummer', 'ticketnr', 'incident', 'inc', 'case', 'zaak',
  'zaaknummer', 'order', 'ordernummer', 'bestelnummer', 'factuur', 'factuurnummer', 'invoice', 'tel', 'telefoon',
  'telefoonnummer', 'phone', 'mobiel', 'imei', 'asset', 'tag', 'ref', 'referentie', 'kenmerk', 'klantnummer',
  'personeelsnummer', 'build', 'versie', 'version', 'kb', 'postcode', 'pincode', 'pin', 'thumbprint', 'vingerafdruk',
  'hash', 'guid',
]);
/** Words between a cue and its number: "error code", "serial number", "fout nr". */
export const CUE_FILLERS = new Set(['code', 'codes', 'nummer', 'number', 'nr', 'no', 'id']);

export function cueOf(lowerWord: string): Cue | undefined {
  if (CODE_CUES.has(lowerWord)) return 'code';
  // requestid, tenantid, locfileid …: labels of identifiers, not of errors
  if (NOT_CODE_CUES.has(lowerWord) || (lowerWord.length > 2 && lowerWord.endsWith('id'))) return 'not-code';
  return undefined;
}

const BUILT_IN_BY_LOWER = new Map(BUILT_IN_NAMES.map((n) => [n.toLowerCase(), n]));

/**
 * The knowledge base's codes, indexed once: hex codes by value and by every one-digit deletion (so a
 * near miss is one map lookup, whatever the size of the KB), names by lower-case spelling.
 * It is itself an Iterable of the codes, so it can be passed as `known` wherever that is accepted.
 */
export class KnownCodes implements Iterable<string> {
  private readonly codes: string[] = [];
  private readonly hex = new Set<string>();
  private readonly byDeletion = new Map<string, string[]>();
  private readonly namesByLower = new Map(BUILT_IN_BY_LOWER);
  private readonly exactNames = new Set(CASE_SENSITIVE_NAMES);
  /** Names with underscores, by their lower-case spelling without them (DSREGAUTOJOINDISCFAILED, tpm_e_pcpinternal_error). */
  private readonly namesByFolded = new Map<string, string>();
  /** Long names by their folded spelling and its one-letter deletions (a symmetric-delete spelling index). */
  private readonly nameDeletions = new Map<string, string[]>();

  constructor(known: Iterable<string> = []) {
    for (const raw of known) {
      const code = raw.trim();
      if (code !== '') this.codes.push(code);
      // Failed:3 and the like are read by their own rule; only single words can be looked up by token
      if (CANONICAL_HEX.test(code)) this.addHex(canonicalHex(code.slice(2)).slice(2));
      else if (/^[\p{L}\p{N}_]+$/u.test(code)) this.addName(code);
    }
  }

  [Symbol.iterator](): Iterator<string> {
    return this.codes[Symbol.iterator]();
  }

  hasHex(digits8: string): boolean {
    return this.hex.has(digits8);
  }

  /** The known name `token` spells, with `corrected` when it was one letter off (noenrolmentpolicy, _FAILD). */
  name(token: string): { name: string; corrected?: string } | undefined {
    if (this.exactNames.has(token)) return { name: token };
    const exact = this.namesByLower.get(token.toLowerCase()) ?? this.namesByFolded.get(fold(token));
    if (exact !== undefined) return { name: exact };
    const near = this.nearName(token);
    if (near !== undefined) return { name: near, corrected: token };
    const family = familyName(token);
    return family === undefined ? undefined : { name: family };
  }

  /** The one long name (12 letters or more) one edit from `token`: a spelling variant or slip, not another word. */
  private nearName(token: string): string | undefined {
    const typed = fold(token);
    if (typed.length < MIN_NEAR_NAME || !/^[\p{L}_]+$/u.test(token)) return undefined;
    const found = new Set<string>();
    for (const variant of [typed, ...deletions(typed)])
      for (const name of this.nameDeletions.get(variant) ?? [])
        if (editDistance(typed, fold(name)) <= 1) found.add(name);
    const [only] = found;
    return found.size === 1 ? only : undefined;
  }

  /**
   * The known code one lost (7 digits) or doubled/extra (9 digits) hex digit away, or undefined when
   * there is none or more than one. A lost or doubled digit inside a run of the same digit
   * (801c003 for 801C0003) is the common slip and wins over an edit elsewhere (801C003A).
   */
  correct(digits: string, { inRunOnly = false } = {}): string | undefined {
    const typed = digits.toUpperCase();
    const candidates = typed.length === 7 ? this.insertions(typed) : typed.length === 9 ? this.deletions(typed) : [];
    const inRun = new Set(candidates.filter((c) => c.inRun).map((c) => c.code));
    const all = new Set(candidates.map((c) => c.code));
    const pick = inRun.size > 0 || inRunOnly ? inRun : all;
    const [only] = pick;
    return pick.size === 1 && only !== undefined ? `0x${only}` : undefined;
  }

  private insertions(typed: string): Candidate[] {
    return (this.byDeletion.get(typed) ?? []).map((code) => ({ code, inRun: editInRun(code, typed) }));
  }

  private deletions(typed: string): Candidate[] {
    const found: Candidate[] = [];
    for (let i = 0; i < typed.length; i++) {
      const code = typed.slice(0, i) + typed.slice(i + 1);
      if (this.hex.has(code)) found.push({ code, inRun: isInRun(typed, i) });
    }
    return found;
  }

  private addHex(digits8: string): void {
    if (this.hex.has(digits8)) return;
    this.hex.add(digits8);
    const shorter = new Set<string>();
    for (let i = 0; i < 8; i++) shorter.add(digits8.slice(0, i) + digits8.slice(i + 1));
    for (const key of shorter) {
      const list = this.byDeletion.get(key);
      if (list) list.push(digits8);
      else this.byDeletion.set(key, [digits8]);
    }
  }

  private addName(name: string): void {
    if (CASE_SENSITIVE_NAMES.has(name) || !looksCodeLike(name)) {
      this.exactNames.add(name);
      return;
    }
    this.namesByLower.set(name.toLowerCase(), name);
    if (name.includes('_') && fold(name).length >= 10) this.namesByFolded.set(fold(name), name);
    if (fold(name).length < MIN_NEAR_NAME) return;
    for (const variant of [fold(name), ...deletions(fold(name))]) {
      const list = this.nameDeletions.get(variant);
      if (list) list.push(name);
      else this.nameDeletions.set(variant, [name]);
    }
  }
}

const fold = (name: string): string => name.toLowerCase().replace(/_/g, '');
/** Names shorter than this are too close to ordinary words to be corrected. */
const MIN_NEAR_NAME = 12;

interface Candidate {
  code: string;
  inRun: boolean;
}

function isInRun(s: string, i: number): boolean {
  return s[i] === s[i - 1] || s[i] === s[i + 1];
}

/** Whether the digit of `longer` that `shorter` lacks sits in a run of equal digits. */
function editInRun(longer: string, shorter: string): boolean {
  for (let i = 0; i < longer.length; i++) {
    if (longer.slice(0, i) + longer.slice(i + 1) === shorter && isInRun(longer, i)) return true;
  }
  return false;
}

const NO_KNOWN = new KnownCodes();
const indexCache = new WeakMap<object, { size: number; index: KnownCodes }>();

function sizeOf(known: Iterable<string>): number | undefined {
  if (Array.isArray(known)) return known.length;
  if (known instanceof Set || known instanceof Map) return known.size;
  return undefined;
}

/**
 * The index for `known`, built once per collection: arrays and sets are cached by identity (and size),
 * so callers that pass the same KB list on every call do not pay for indexing it each time.
 * Mutating a cached collection without changing its size is not noticed: pass a new one.
 */
export function indexKnownCodes(known?: Iterable<string>): KnownCodes {
  if (known === undefined) return NO_KNOWN;
  if (known instanceof KnownCodes) return known;
  const size = sizeOf(known);
  const cached = typeof known === 'object' ? indexCache.get(known) : undefined;
  if (cached !== undefined && cached.size === size) return cached.index;
  const index = new KnownCodes(known);
  if (size !== undefined && typeof known === 'object') indexCache.set(known, { size, index });
  return index;
}
