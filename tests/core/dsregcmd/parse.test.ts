import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagValue, parseDsregcmd, testResult, type DsregStatus } from '../../../src/core/dsregcmd/parse.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/dsregcmd/${name}`, import.meta.url), 'utf8');

function parsed(text: string): DsregStatus {
  const status = parseDsregcmd(text);
  if (status === null) throw new Error('expected dsregcmd output to be recognised');
  return status;
}

interface FixtureCase {
  file: string;
  fields: Record<string, string>;
  absent?: string[];
  diagnostics: DsregStatus['diagnostics'];
}

const fixtures: FixtureCase[] = [
  {
    file: 'win11-hybrid-healthy.txt',
    fields: {
      AzureAdJoined: 'YES',
      EnterpriseJoined: 'NO',
      DomainJoined: 'YES',
      DomainName: 'FABRIKAM',
      'Device Name': 'NB-04211.fabrikam.local',
      DeviceCertificateValidity: '[ 2023-09-14 07:42:18.000 UTC -- 2033-09-14 08:12:18.000 UTC ]',
      KeyProvider: 'Microsoft Platform Crypto Provider',
      TenantName: 'Fabrikam B.V.',
      SettingsUrl: 'eyJVcmlzIjpbImh0dHBzOi8va2FpbGFuaS5vbmUubWljcm9zb2Z0LmNvbS8iXX0=',
      JoinSrvId: 'urn:ms-drs:enterpriseregistration.windows.net',
      WorkplaceJoined: 'NO',
      WamDefaultSet: 'YES',
      WamDefaultGUID: '{B16898C6-A148-4967-9171-64D755DA8520} (AzureAd)',
      AzureAdPrt: 'YES',
      KerbTopLevelNames: '.windows.net,.windows.net:1433,.windows.net:3342,.azure.net,.azure.net:1433,.azure.net:3342',
      'Executing Account Name': 'FABRIKAM\\j.devries, j.devries@fabrikam.nl',
      KeySignTest: 'PASSED',
      'Auto Detect Settings': 'YES',
      'Proxy Server List': '',
      'Access Type': 'DIRECT',
      PreReqResult: 'WillProvision',
    },
    diagnostics: {},
  },
  {
    file: 'win10-sync-join-pending-nl.txt',
    fields: {
      AzureAdJoined: 'NO',
      DomainJoined: 'YES',
      'User Context': 'SYSTEM',
      'Https Status': '400',
      'Fallback to Sync-Join': 'ENABLED',
    },
    diagnostics: {
      errorPhase: 'join',
      clientErrorCode: '0x801c03f2',
      serverErrorCode: 'DirectoryError',
      serverMessage: 'The device object by the given id (7c2e41d8-93b5-4f0a-b6e7-0d18a3c95f24) is not found.',
      registrationType: 'sync',
      drsDiscoveryTest: { result: 'PASS' },
    },
  },
  {
    file: 'win10-discover-proxy-en.txt',
    fields: {
      'User Context': 'UN-ELEVATED User',
      'DRS Discovery Test': 'FAIL [0x801c0021/0x80072ee2]',
      'DRS Connectivity Test': 'SKIPPED',
      'Proxy Server List': 'proxy.fabrikam.local:8080',
      'Proxy Bypass List': '*.fabrikam.local;<local>',
      'Access Type': 'DIRECT',
    },
    diagnostics: {
      errorPhase: 'discover',
      clientErrorCode: '0x801c0021',
      drsDiscoveryTest: { result: 'FAIL', code: '0x801c0021', subcode: '0x80072ee2' },
    },
  },
  {
    file: 'eval-w139-not-domain-joined.txt',
    fields: {
      AzureAdJoined: 'NO',
      EnterpriseJoined: 'NO',
      DomainJoined: 'NO',
      NgcSet: 'NO',
      WorkplaceJoined: 'NO',
      WamDefaultSet: 'YES',
      WamDefaultAuthority: 'organizations',
      AzureAdPrt: 'NO',
    },
    diagnostics: {},
  },
  {
    file: 'win11-entra-joined.txt',
    fields: {
      AzureAdJoined: 'YES',
      DomainJoined: 'NO',
      'Virtual Desktop': 'NOT SET',
      'Device Name': 'FAB-AP-7731',
      DisplayNameUpdated: 'Managed by MDM',
      AzureAdPrt: 'YES',
    },
    absent: ['DomainName', 'IsDeviceJoined'],
    diagnostics: {},
  },
  {
    // The PRT diagnostics have their own "Server Error Code"; it is not the join's "Server ErrorCode".
    file: 'win11-hybrid-no-prt-nl.txt',
    fields: {
      AzureAdPrt: 'NO',
      WamDefaultSet: 'NO',
      AcquirePrtDiagnostics: 'PRESENT',
      'Attempt Status': '0xc000006d',
      'HTTP Status': '400',
      'Server Error Code': 'invalid_grant',
      'Credential Type': 'Password',
      'Server Error Description': 'AADSTS50126: Error validating credentials due to invalid username or password.',
      'Auto-Configuration URL': 'http://wpad.fabrikam.local/proxy.pac',
    },
    absent: ['Server ErrorCode'],
    diagnostics: {},
  },
  {
    // "Work Account 1" repeats KeyContainerId and TpmProtected: the device's own (first) values win.
    file: 'win10-hybrid-workplace-joined-en.txt',
    fields: {
      WorkplaceJoined: 'YES',
      WorkAccountCount: '1',
      TpmProtected: 'NO',
      KeyContainerId: '2e7b4d91-c6a0-4f58-b3e2-8d1f0a6c9b47',
      WorkplaceTenantName: 'Fabrikam B.V.',
      WorkplaceIdp: 'login.windows.net',
      WorkplaceMdmUrl: '',
    },
    diagnostics: {},
  },
  {
    file: 'win10-precheck-no-dc-nl.txt',
    fields: { 'AD Connectivity Test': 'FAIL [0x54b]', 'AD Configuration Test': 'SKIPPED' },
    diagnostics: { errorPhase: 'precheck', clientErrorCode: '0x54b', drsDiscoveryTest: { result: 'SKIPPED' } },
  },
  {
    file: 'win10-auth-federated.txt',
    fields: {
      'Token acquisition Test': 'FAIL [0xcaa82ee2]',
      'Fallback to Sync-Join': 'DISABLED',
      EnterprisePrtAuthority: 'https://sts.contoso.com:443/adfs',
      'Proxy Server List': '',
    },
    diagnostics: {
      errorPhase: 'auth',
      clientErrorCode: '0xcaa82ee2',
      registrationType: 'federated',
      drsDiscoveryTest: { result: 'PASS' },
    },
  },
  {
    // Windows Server 2022 run from PowerShell: prompt lines, "Waiting for Diagnostics Task", a wrapped PAC status line.
    file: 'server2022-scp-missing.txt',
    fields: {
      'Device Name': 'srv-rds01.fabrikam.local',
      'AD Configuration Test': 'FAIL [0x80070002]',
      'Diagnostics Reference': 'www.microsoft.com/aadjerrors',
      'Auto Detect PAC Status': 'Failed to auto detect the Proxy Auto-Configuration (PAC) script u',
      'Executing Account Name': 'FABRIKAM\\SRV-RDS01$, SRV-RDS01$@fabrikam.local',
    },
    absent: ['PS C'],
    diagnostics: { errorPhase: 'discover', clientErrorCode: '0x801c001d', drsDiscoveryTest: { result: 'SKIPPED' } },
  },
  {
    // The article's own sample (Windows 10 1607/1703 layout: "Name: value", one section holding the tenant fields).
    file: 'article-1607-sample.txt',
    fields: {
      AzureAdJoined: 'YES',
      DomainJoined: 'YES',
      DomainName: 'CONTOSO',
      TenantName: 'Contoso',
      KeySignTest: 'MUST Run elevated to test.',
      dmComplianceUrl: 'https://portal.manage-beta.microsoft.com/?portalAction=Compliance',
      AzureAdPrt: 'YES',
    },
    diagnostics: {},
  },
  {
    file: 'partial-user-sso-nl.txt',
    fields: {
      NgcSet: 'NO',
      WorkplaceJoined: 'NO',
      WamDefaultSet: 'YES',
      WamDefaultId: 'https://login.microsoft.com',
      AzureAdPrt: 'NO',
      AzureAdPrtAuthority: '',
      EnterprisePrt: 'NO',
    },
    absent: ['AzureAdJoined', 'DomainJoined'],
    diagnostics: {},
  },
  {
    file: 'partial-diagnostic-en.txt',
    fields: {
      'Previous Registration': '2019-01-31 09:16:43.000 UTC',
      'Request Id': '6bff0bd9-820b-484b-ab20-2a4f7b76c58e',
    },
    absent: ['AzureAdJoined', 'DomainJoined'],
    diagnostics: {
      errorPhase: 'join',
      clientErrorCode: '0x801c03f2',
      serverErrorCode: 'DirectoryError',
      serverMessage: 'The device object by the given id (e92325d0-xxxx-xxxx-xxxx-94ae875d5245) is not found.',
      registrationType: 'sync',
    },
  },
  {
    file: 'reordered-sections-nl.txt',
    fields: {
      AzureAdPrt: 'NO',
      WamDefaultSet: 'NO',
      WorkplaceJoined: 'YES',
      DomainName: 'FABRIKAM',
      DomainJoined: 'YES',
      AzureAdJoined: 'NO',
      'Token acquisition Test': 'PASS',
      'User Context': 'UN-ELEVATED User',
    },
    diagnostics: { drsDiscoveryTest: { result: 'PASS' } },
  },
  {
    // Tabs, no indentation, no spaces around the colon, upper/lower case names, Ja/Nee, a code fence, bullets, bold.
    file: 'mangled-dutch-values.txt',
    fields: {
      AzureAdJoined: 'Nee',
      EnterpriseJoined: 'Nee',
      DomainJoined: 'Ja',
      DomainName: 'FABRIKAM',
      WorkplaceJoined: 'Nee',
      WamDefaultSet: 'Nee',
      AzureAdPrt: 'Nee',
    },
    absent: ['azureadjoined', 'ENTERPRISEJOINED'],
    diagnostics: {},
  },
  {
    file: 'teams-joined-lines-discover.txt',
    fields: {
      AzureAdJoined: 'NO',
      DomainJoined: 'YES',
      DomainName: 'FABRIKAM',
      'Device Name': 'NB-05230.fabrikam.local',
      WamDefaultSet: 'NO',
      'User Context': 'UN-ELEVATED User',
      'Client Time': '2024-06-03 13:02:44.000 UTC',
      'Proxy Server List': 'proxy.fabrikam.local:8080',
      'Access Type': 'DIRECT',
      PreReqResult: 'WillNotProvision',
    },
    diagnostics: {
      errorPhase: 'discover',
      clientErrorCode: '0x801c0021',
      drsDiscoveryTest: { result: 'FAIL', code: '0x801c0021', subcode: '0x80072ee2' },
    },
  },
  {
    file: 'teams-crlf-no-borders-nl.txt',
    fields: {
      AzureAdJoined: 'NO',
      DomainJoined: 'YES',
      'Request Id': '2b9f6e3a-5d71-4c08-9e2b-f14a7d0c6385',
      PreReqResult: 'WillNotProvision',
    },
    diagnostics: {
      errorPhase: 'join',
      clientErrorCode: '0x801c03f2',
      serverErrorCode: 'DirectoryError',
      serverMessage: 'The device object by the given id (7c2e41d8-93b5-4f0a-b6e7-0d18a3c95f24) is not found.',
      registrationType: 'sync',
      drsDiscoveryTest: { result: 'PASS' },
    },
  },
  {
    file: 'teams-nbsp-box-drawing-nl.txt',
    fields: {
      AzureAdJoined: 'YES',
      DomainJoined: 'YES',
      DomainName: 'FABRIKAM',
      AzureAdPrt: 'NO',
      WamDefaultSet: 'NO',
      TenantName: 'Fabrikam B.V.',
      'Server Error Code': 'invalid_grant',
    },
    diagnostics: {},
  },
];

describe('parseDsregcmd: fixtures', () => {
  it.each(fixtures)('$file', ({ file, fields, absent = [], diagnostics }) => {
    const status = parsed(fixture(file));
    expect(Object.fromEntries(status.fields)).toMatchObject(fields);
    for (const name of absent) expect(status.fields.has(name), name).toBe(false);
    expect(status.diagnostics).toEqual(diagnostics);
  });

  it('reads the CRLF fixture without a stray carriage return in any value', () => {
    const text = fixture('teams-crlf-no-borders-nl.txt');
    expect(text).toContain('\r\n');
    for (const value of parsed(text).fields.values()) expect(value).not.toMatch(/[\r\n]/);
  });
});

const full = [
  'win11-hybrid-healthy.txt',
  'win10-sync-join-pending-nl.txt',
  'win10-discover-proxy-en.txt',
  'win11-entra-joined.txt',
  'win11-hybrid-no-prt-nl.txt',
  'win10-hybrid-workplace-joined-en.txt',
  'win10-precheck-no-dc-nl.txt',
  'win10-auth-federated.txt',
  'server2022-scp-missing.txt',
];

const isBorder = (line: string): boolean => /^\s*\+-+\+\s*$/.test(line);
const lines = (text: string): string[] => text.split('\n');
/** What Teams, mail clients and people do to a paste; none of it may change what the paste says. */
const manglings: Record<string, (text: string) => string> = {
  'lines joined by spaces, borders lost': (t) =>
    lines(t)
      .filter((l) => !isBorder(l))
      .map((l) => l.replace(/\|/g, ' ').trim())
      .join(' '),
  'line breaks dropped (HTML paragraphs glued)': (t) =>
    lines(t)
      .filter((l) => !isBorder(l))
      .map((l) => l.replace(/\|/g, ' ').trim())
      .join(''),
  CRLF: (t) => t.replace(/\n/g, '\r\n'),
  'indentation lost': (t) =>
    lines(t)
      .map((l) => l.trim())
      .join('\n'),
  'tabs and no-break spaces': (t) =>
    lines(t)
      .map((l) => l.replace(/^ +/, (s) => '\t' + '\u00a0'.repeat(s.length % 7)))
      .join('\n'),
  'box-drawing characters': (t) =>
    lines(t)
      .map((l) => (isBorder(l) ? `├${'─'.repeat(70)}┤` : l.replace(/\|/g, '│')))
      .join('\n'),
  'trailing blanks and double line breaks': (t) =>
    lines(t)
      .map((l) => `${l}   \u00a0`)
      .join('\n\n'),
  'lines reversed': (t) => lines(t).reverse().join('\n'),
  'collapsed spaces around colons': (t) => t.replace(/ +: */g, ':'),
};

describe('parseDsregcmd: Teams and copy-paste mangling keeps the reading', () => {
  const cases = full.flatMap((file) => Object.keys(manglings).map((mangling) => ({ file, mangling })));
  it.each(cases)('$file, $mangling', ({ file, mangling }) => {
    const original = parsed(fixture(file));
    const mangle = manglings[mangling];
    if (mangle === undefined) throw new Error(mangling);
    const status = parsed(mangle(fixture(file)));
    expect(status.diagnostics).toEqual(original.diagnostics);
    for (const name of [
      'AzureAdJoined',
      'DomainJoined',
      'WorkplaceJoined',
      'WamDefaultSet',
      'AzureAdPrt',
      'DRS Discovery Test',
      'Error Phase',
      'Client ErrorCode',
    ]) {
      expect(status.fields.get(name), name).toBe(original.fields.get(name));
    }
  });
});

interface InlineCase {
  name: string;
  text: string;
  fields: Record<string, string>;
  absent?: string[];
}

const inline: InlineCase[] = [
  {
    name: 'a typed sentence is read too',
    text: 'AzureAdJoined staat op NO en DomainJoined op YES',
    fields: { AzureAdJoined: 'NO', DomainJoined: 'YES' },
  },
  {
    name: 'an English sentence with "is still" and "="',
    text: 'on that laptop AzureAdPrt is still NO and WamDefaultSet = NO after a reboot',
    fields: { AzureAdPrt: 'NO', WamDefaultSet: 'NO' },
  },
  {
    name: 'a negated sentence is not read as a value',
    text: 'DomainJoined : YES\nEnterpriseJoined : NO\nAzureAdJoined is niet YES geworden',
    fields: { DomainJoined: 'YES', EnterpriseJoined: 'NO' },
    absent: ['AzureAdJoined'],
  },
  {
    name: 'lines glued without a break',
    text: 'AzureAdJoined : YESEnterpriseJoined : NODomainJoined : YESDomainName : CONTOSO',
    fields: { AzureAdJoined: 'YES', EnterpriseJoined: 'NO', DomainJoined: 'YES', DomainName: 'CONTOSO' },
  },
  {
    name: 'values with trailing spaces and box characters',
    text: 'AzureAdJoined : NO      ║\nDomainJoined : YES ┃\nAzureAdPrt : NO▕\nWamDefaultSet : NO |',
    fields: { AzureAdJoined: 'NO', DomainJoined: 'YES', AzureAdPrt: 'NO', WamDefaultSet: 'NO' },
  },
  {
    name: 'lower-case names and Dutch values',
    text: 'azureadjoined : nee\ndomainjoined : ja\nerror phase : discover',
    fields: { AzureAdJoined: 'nee', DomainJoined: 'ja', 'Error Phase': 'discover' },
  },
  {
    name: 'codes keep the case they were written in',
    text: 'Error Phase : join\nClient ErrorCode : 0x801C03F2\nServer ErrorCode : DirectoryError',
    fields: { 'Client ErrorCode': '0x801C03F2' },
  },
  {
    name: 'the first of two pastes wins',
    text: 'AzureAdJoined : NO\nDomainJoined : YES\n\nna herstart:\nAzureAdJoined : YES\nDomainJoined : YES',
    fields: { AzureAdJoined: 'NO', DomainJoined: 'YES' },
  },
  {
    name: 'an unknown field on an indented line is kept, a question with a colon is not',
    text: 'Vraag: waarom werkt dit niet?\n     AzureAdJoined : NO\n      DomainJoined : YES\n  SomeNewField21H2 : 42 (new)',
    fields: { SomeNewField21H2: '42 (new)' },
    absent: ['Vraag'],
  },
  {
    name: 'a flag field that holds an error keeps the text',
    text: 'AzureAdJoined : YES\nWamDefaultSet : ERROR (0x80070520)',
    fields: { WamDefaultSet: 'ERROR (0x80070520)' },
  },
];

describe('parseDsregcmd: small pastes', () => {
  it.each(inline)('$name', ({ text, fields, absent = [] }) => {
    const status = parsed(text);
    expect(Object.fromEntries(status.fields)).toMatchObject(fields);
    for (const name of absent) expect(status.fields.has(name), name).toBe(false);
  });

  it.each([
    ['empty text', ''],
    ['a question', 'mijn laptop doet raar sinds de update, kan iemand kijken?'],
    ['a code only', 'foutcode 0x80180014 bij het inschrijven van mijn laptop'],
    ['question and answer with colons', 'Vraag: waarom? Antwoord: geen idee. Status: open'],
    [
      'ipconfig output',
      '   Connection-specific DNS Suffix  . : fabrikam.local\n   IPv4 Address. . . . . . . . . . . : 10.20.4.17\n   Default Gateway . . . . . . . . . : 10.20.4.1',
    ],
    ['one field', '             AzureAdJoined : NO'],
    ['one field twice', 'AzureAdJoined : NO\nAzureAdJoined : NO'],
    ['a field name without a value', 'wat betekent DomainJoined eigenlijk? en AzureAdJoined?'],
  ])('%s -> null', (_name, text) => {
    expect(parseDsregcmd(text)).toBeNull();
  });

  it('returns null for input that is not a string', () => {
    expect(parseDsregcmd(undefined as unknown as string)).toBeNull();
  });
});

describe('diagnostics', () => {
  it.each([
    ['FAIL [0x801c0021/0x80072ee2]', { result: 'FAIL', code: '0x801c0021', subcode: '0x80072ee2' }],
    ['FAIL [ 0x801c0021 / 0x80072efd ]', { result: 'FAIL', code: '0x801c0021', subcode: '0x80072efd' }],
    ['FAIL[0x801c001f]', { result: 'FAIL', code: '0x801c001f' }],
    ['FAILED', { result: 'FAIL' }],
    ['PASS', { result: 'PASS' }],
    ['SKIPPED', { result: 'SKIPPED' }],
    ['MISLUKT [0x801c0021/0x80072ee7]', { result: 'FAIL', code: '0x801c0021', subcode: '0x80072ee7' }],
  ])('DRS Discovery Test : %s', (value, expected) => {
    const status = parsed(`AD Connectivity Test : PASS\nDRS Discovery Test : ${value}`);
    expect(status.diagnostics.drsDiscoveryTest).toEqual(expected);
  });

  it.each([
    ['precheck', 'precheck'],
    ['pre-check', 'precheck'],
    ['discover', 'discover'],
    ['auth', 'auth'],
    ['join', 'join'],
    ['JOIN', 'join'],
    ['something-new', undefined],
  ])('Error Phase : %s', (value, expected) => {
    expect(parsed(`Error Phase : ${value}\nClient ErrorCode : 0x801c0021`).diagnostics.errorPhase).toBe(expected);
  });

  it('leaves out what the paste does not hold', () => {
    expect(parsed('AzureAdJoined : NO\nDomainJoined : YES\nClient ErrorCode :').diagnostics).toEqual({});
  });
});

describe('flagValue and testResult', () => {
  it.each([
    ['YES', 'YES'],
    ['NO', 'NO'],
    ['Ja', 'YES'],
    ['Nee', 'NO'],
    ['nee', 'NO'],
    ['YES ( StateReady )', 'YES'],
    ['NOT SET', undefined],
    ['ERROR', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('flagValue(%j) = %j', (value, expected) => {
    expect(flagValue(value)).toBe(expected);
  });

  it('testResult ignores values that are not a test result', () => {
    expect(testResult('ENABLED')).toBeUndefined();
    expect(testResult(undefined)).toBeUndefined();
  });
});
