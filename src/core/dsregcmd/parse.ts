/**
 * Reads `dsregcmd /status` output out of whatever a person pasted: whole or partial, lines reordered,
 * indentation lost, or mangled by Teams (lines joined by spaces, borders lost, CRLF, no-break spaces), with a
 * question around it. Known field names are the anchors: a value runs from its name's colon to the next known
 * name or section header, so a paste whose lines were joined still splits. Every step is one left-to-right
 * regex pass with no quantifier inside an unbounded one, so the time stays linear in the input.
 */

export interface DsregStatus {
  /**
   * Every "Name : value" found, first occurrence wins. Known fields under dsregcmd's own spelling
   * ('azureadjoined:Nee' -> 'AzureAdJoined' -> 'Nee'), other names as written. Values as written, trimmed;
   * a YES/NO field keeps only its first word, a test only "RESULT [codes]".
   */
  fields: ReadonlyMap<string, string>;
  diagnostics: {
    errorPhase?: 'precheck' | 'discover' | 'auth' | 'join';
    clientErrorCode?: string;
    serverErrorCode?: string;
    serverMessage?: string;
    registrationType?: string;
    drsDiscoveryTest?: TestResult;
  };
}

export interface TestResult {
  result: 'PASS' | 'FAIL' | 'SKIPPED';
  code?: string;
  subcode?: string;
}

type Shape = 'flag' | 'word' | 'test' | 'text';

/** dsregcmd's field names (Windows 10 1607 to Windows 11), by the shape of their value. */
// prettier-ignore
const KNOWN: Readonly<Record<Shape, readonly string[]>> = {
  flag: [
    'AzureAdJoined', 'EnterpriseJoined', 'DomainJoined', 'TpmProtected', 'NgcSet', 'WorkplaceJoined', 'WamDefaultSet',
    'AzureAdPrt', 'EnterprisePrt', 'OnPremTgt', 'CloudTgt', 'AadRecoveryEnabled', 'DisplayNameUpdated',
    'OsVersionUpdated', 'HostNameUpdated', 'Auto Detect Settings', 'IsDeviceJoined', 'IsUserAzureAD', 'PolicyEnabled',
    'PostLogonEnabled', 'DeviceEligible', 'SessionIsNotRemote', 'AdfsRefreshToken', 'AdfsRaIsReady',
    'LogonCertTemplateReady', 'X509CertRequired', 'isDcAvailable', 'isSystem', 'isJoined', 'isPrivate',
  ],
  word: [
    'DomainName', 'Device Name', 'DeviceId', 'Thumbprint', 'KeyContainerId', 'TenantId', 'Idp', 'AuthCodeUrl',
    'AccessTokenUrl', 'MdmUrl', 'MdmTouUrl', 'MdmComplianceUrl', 'SettingsUrl', 'JoinSrvVersion', 'JoinSrvUrl',
    'JoinSrvId', 'KeySrvVersion', 'KeySrvUrl', 'KeySrvId', 'WebAuthNSrvVersion', 'WebAuthNSrvUrl', 'WebAuthNSrvId',
    'DeviceManagementSrvVer', 'DeviceManagementSrvUrl', 'DeviceManagementSrvId', 'NgcKeyId', 'CanReset',
    'WorkAccountCount', 'WamDefaultAuthority', 'WamDefaultId', 'AzureAdPrtAuthority', 'AcquirePrtDiagnostics',
    'RefreshPrtDiagnostics', 'Attempt Status', 'User Identity', 'Correlation ID', 'Endpoint URI', 'HTTP Method',
    'HTTP Error', 'HTTP Status', 'Server Error Code', 'WorkplaceDeviceId', 'WorkplaceThumbprint', 'WorkplaceIdp',
    'WorkplaceTenantId', 'WorkplaceMdmUrl', 'WorkplaceSettingsUrl', 'Diagnostics Reference', 'Fallback to Sync-Join',
    'Registration Type', 'Error Phase', 'Client ErrorCode', 'Server ErrorCode', 'Https Status', 'Request Id',
    'Auto-Configuration URL', 'PreReqResult', 'preCheckResult', 'resultCode',
  ],
  test: ['AD Connectivity Test', 'AD Configuration Test', 'DRS Discovery Test', 'DRS Connectivity Test', 'Token acquisition Test'],
  text: [
    'Virtual Desktop', 'DeviceCertificateValidity', 'KeyProvider', 'DeviceAuthStatus', 'TenantName', 'WamDefaultGUID',
    'AzureAdPrtUpdateTime', 'AzureAdPrtExpiryTime', 'EnterprisePrtUpdateTime', 'EnterprisePrtExpiryTime',
    'EnterprisePrtAuthority', 'Previous Prt Attempt', 'Credential Type', 'Server Error Description', 'KerbTopLevelNames',
    'WorkplaceTenantName', 'Executing Account Name', 'KeySignTest', 'Last HostName Update', 'User Context',
    'Client Time', 'Previous Registration', 'Server Message', 'Proxy Server List', 'Proxy Bypass List',
    'Auto Detect PAC Status', 'Access Type', 'CertEnrollment',
  ],
};

/** Section headers and the lines around them: they end a value when a paste's lines were joined. */
// prettier-ignore
const HEADERS = [
  'Device State', 'Device Details', 'Tenant Details', 'User State', 'SSO State', 'Work Account \\d{1,3}',
  'Diagnostic Data', 'IE Proxy Config(?: for (?:Current User|System Account))?', 'URL Specific Proxy Config',
  'WinHttp (?:Default )?Proxy Config', 'Ngc Prerequisite Check', 'For more information, please visit',
  'Waiting for Diagnostics Task to complete',
];

const FLAG_WORDS: Readonly<Record<string, 'YES' | 'NO'>> = { yes: 'YES', no: 'NO', ja: 'YES', nee: 'NO' };
// prettier-ignore
const TEST_WORDS: Readonly<Record<string, TestResult['result']>> = {
  pass: 'PASS', passed: 'PASS', fail: 'FAIL', failed: 'FAIL', skipped: 'SKIPPED',
  geslaagd: 'PASS', mislukt: 'FAIL', overgeslagen: 'SKIPPED',
};
/** Words a person puts between a field and its value when typing instead of pasting ("AzureAdJoined staat op NO"). */
const LINKS = 'is staat stond op on set to was nog steeds still al now nu says zegt shows toont geeft gives'.split(' ');

const BY_KEY = new Map<string, { name: string; shape: Shape }>();
for (const shape of Object.keys(KNOWN) as Shape[]) {
  for (const name of KNOWN[shape]) BY_KEY.set(name.toLowerCase(), { name, shape });
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const ANCHOR = new RegExp(
  `(${alternation(KNOWN.flag.concat(KNOWN.word, KNOWN.test, KNOWN.text))}) ?:|${HEADERS.join('|')}`,
  'gi',
);
const LOOSE = new RegExp(
  `(?<![A-Za-z0-9])(${alternation(KNOWN.flag)})(?: ?(?:${LINKS.join('|')})(?![A-Za-z0-9])| ?(?:=|->|→|:|-)){0,4} ?(yes|no|ja|nee)(?![A-Za-z0-9])`,
  'gi',
);
/** A name this module doesn't know, on a line of its own, laid out the dsregcmd way ("  Name : value"). */
const UNKNOWN = /^([A-Za-z][\w-]*(?: [\w()-]+){0,4})( ?):(?!\/\/) ?(.*)$/;

/** null when the text holds no dsregcmd output (fewer than two recognisable fields). */
export function parseDsregcmd(text: string): DsregStatus | null {
  if (typeof text !== 'string') return null;
  const fields = new Map<string, string>();
  const normal = normalise(text);
  for (const raw of normal.split('\n')) readLine(raw, fields);
  for (const m of normal.matchAll(LOOSE)) {
    const known = BY_KEY.get((m[1] ?? '').toLowerCase());
    if (known && !fields.has(known.name)) fields.set(known.name, m[2] ?? '');
  }
  let recognised = 0;
  for (const name of fields.keys()) if (BY_KEY.get(name.toLowerCase())?.name === name) recognised++;
  return recognised < 2 ? null : { fields, diagnostics: diagnose(fields) };
}

/** 'YES' or 'NO' for a YES/NO value (Dutch Ja/Nee too), else undefined. */
export function flagValue(value: string | undefined): 'YES' | 'NO' | undefined {
  const word = value === undefined ? undefined : /^[A-Za-z]+/.exec(value)?.[0].toLowerCase();
  return word === undefined ? undefined : FLAG_WORDS[word];
}

/** "FAIL [0x801c0021/0x80072ee2]" -> { result: 'FAIL', code: '0x801c0021', subcode: '0x80072ee2' }. */
export function testResult(value: string | undefined): TestResult | undefined {
  const m = value === undefined ? null : /^([A-Za-z]+) ?(?:\[ ?([^\]/ ]*) ?(?:\/ ?([^\] ]*) ?)?\])?/.exec(value);
  const result = m?.[1] === undefined ? undefined : TEST_WORDS[m[1].toLowerCase()];
  if (m === null || result === undefined) return undefined;
  return { result, ...(m[2] ? { code: m[2] } : {}), ...(m[3] ? { subcode: m[3] } : {}) };
}

/** Line breaks, spaces and box drawing made plain; what is left of a line is single-spaced. */
function normalise(text: string): string {
  return text
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\uFF1A/g, ':')
    .replace(/\+?[-=\u2500\u2501\u2550]{3,}\+?/g, ' ')
    .replace(/\*{2,}|[|¦`\u2500-\u259F]/g, ' ')
    .replace(/[^\S\n]+/g, ' ');
}

interface Anchor {
  start: number;
  end: number;
  name?: string;
}

function readLine(raw: string, fields: Map<string, string>): void {
  const line = raw.trim();
  const anchors = findAnchors(line);
  const head = line.slice(0, anchors[0]?.start ?? line.length).trim();
  readUnknown(head, anchors.length === 0 && raw.startsWith(' '), fields);
  anchors.forEach((a, i) => {
    const known = a.name === undefined ? undefined : BY_KEY.get(a.name.toLowerCase());
    const value = line.slice(a.end, anchors[i + 1]?.start ?? line.length);
    if (known && !fields.has(known.name)) fields.set(known.name, clean(value, known.shape));
  });
}

function findAnchors(line: string): Anchor[] {
  const anchors: Anchor[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(line); m !== null; m = ANCHOR.exec(line)) {
    // A name glued to the word before it counts only when it starts upper case, as dsregcmd prints it
    // ("...YESEnterpriseJoined : NO" from a paste that lost its line breaks, not "foodomainjoined:").
    const before = line.charAt(m.index - 1);
    if (/[A-Za-z0-9]/.test(before) && !/[A-Z]/.test(m[0].charAt(0))) {
      ANCHOR.lastIndex = m.index + 1;
      continue;
    }
    anchors.push({ start: m.index, end: m.index + m[0].length, ...(m[1] === undefined ? {} : { name: m[1] }) });
  }
  return anchors;
}

function readUnknown(segment: string, indented: boolean, fields: Map<string, string>): void {
  const m = UNKNOWN.exec(segment);
  if (m?.[1] === undefined || (m[2] === '' && !indented)) return;
  const name = BY_KEY.get(m[1].toLowerCase())?.name ?? m[1];
  if (!fields.has(name)) fields.set(name, clean(m[3] ?? '', 'text'));
}

function clean(value: string, shape: Shape): string {
  const v = value.replace(/^[ :]+/, '').trimEnd();
  if (shape === 'flag') return flagValue(v) === undefined ? v : (/^[A-Za-z]+/.exec(v)?.[0] ?? v);
  if (shape === 'word') return v.split(' ', 1)[0]?.replace(/(?<![.,;:!?])[.,;:!?]+$/, '') ?? v;
  if (shape === 'test') return testResult(v) === undefined ? v : (/^[A-Za-z]+(?: ?\[[^\]]{0,80}\])?/.exec(v)?.[0] ?? v);
  return v;
}

function diagnose(fields: ReadonlyMap<string, string>): DsregStatus['diagnostics'] {
  const d: DsregStatus['diagnostics'] = {};
  const phase = errorPhase(fields.get('Error Phase'));
  if (phase) d.errorPhase = phase;
  const text = (name: string): string | undefined => fields.get(name) || undefined;
  const client = text('Client ErrorCode');
  if (client) d.clientErrorCode = client;
  const server = text('Server ErrorCode');
  if (server) d.serverErrorCode = server;
  const message = text('Server Message');
  if (message) d.serverMessage = message;
  const registration = text('Registration Type');
  if (registration) d.registrationType = registration;
  const drs = testResult(fields.get('DRS Discovery Test'));
  if (drs) d.drsDiscoveryTest = drs;
  return d;
}

function errorPhase(value: string | undefined): DsregStatus['diagnostics']['errorPhase'] {
  switch (value?.toLowerCase().replace(/[^a-z]/g, '')) {
    case 'precheck':
      return 'precheck';
    case 'discover':
    case 'discovery':
      return 'discover';
    case 'auth':
    case 'authentication':
      return 'auth';
    case 'join':
      return 'join';
    default:
      return undefined;
  }
}
