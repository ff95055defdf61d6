import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dsregFindings, type Finding } from '../../../src/core/dsregcmd/findings.js';
import { parseDsregcmd } from '../../../src/core/dsregcmd/parse.js';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/dsregcmd/${name}`, import.meta.url), 'utf8');

function findings(text: string): Finding[] {
  const status = parseDsregcmd(text);
  if (status === null) throw new Error('expected dsregcmd output to be recognised');
  return dsregFindings(status);
}

/** A finding as one readable line: 'BAD DomainJoined=NO step-2-evaluate-the-join-status#DomainJoined'. */
const line = (f: Finding): string =>
  [
    f.ok ? 'ok' : 'BAD',
    `${f.field}=${f.value}`,
    f.source && `${f.source.anchor}${f.source.key ? `#${f.source.key}` : ''}`,
  ]
    .filter(Boolean)
    .join(' ');

const STEP_2 = 'step-2-evaluate-the-join-status';
const POST_JOIN = 'troubleshoot-post-join-issues';

const fixtures: { file: string; expected: string[] }[] = [
  {
    // The eval sample: not domain joined is the root cause, the rest follows from it.
    file: 'eval-w139-not-domain-joined.txt',
    expected: [
      `BAD DomainJoined=NO ${STEP_2}#DomainJoined`,
      'BAD AzureAdJoined=NO',
      'BAD AzureAdPrt=NO',
      'ok WorkplaceJoined=NO',
      'ok WamDefaultSet=YES',
    ],
  },
  {
    file: 'win11-hybrid-healthy.txt',
    expected: [
      'ok DomainJoined=YES',
      'ok AzureAdJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok WamDefaultSet=YES',
      'ok AzureAdPrt=YES',
    ],
  },
  {
    // Azure AD joined, not hybrid: DomainJoined NO is how it should be.
    file: 'win11-entra-joined.txt',
    expected: [
      'ok DomainJoined=NO',
      'ok AzureAdJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok WamDefaultSet=YES',
      'ok AzureAdPrt=YES',
    ],
  },
  {
    file: 'win10-sync-join-pending-nl.txt',
    expected: [
      'BAD Error Phase=join join-phase',
      'BAD Client ErrorCode=0x801c03f2',
      'BAD Server ErrorCode=DirectoryError',
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok AD Connectivity Test=PASS',
      'ok AD Configuration Test=PASS',
      'ok DRS Discovery Test=PASS',
      'ok DRS Connectivity Test=PASS',
      'ok Token acquisition Test=PASS',
    ],
  },
  {
    file: 'win10-discover-proxy-en.txt',
    expected: [
      'BAD Error Phase=discover discover-phase',
      'BAD Client ErrorCode=0x801c0021',
      'BAD DRS Discovery Test=FAIL [0x801c0021/0x80072ee2] discover-phase',
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok AD Connectivity Test=PASS',
      'ok AD Configuration Test=PASS',
      'ok DRS Connectivity Test=SKIPPED',
      'ok Token acquisition Test=SKIPPED',
    ],
  },
  {
    file: 'win10-precheck-no-dc-nl.txt',
    expected: [
      'BAD Error Phase=precheck pre-check-phase',
      'BAD Client ErrorCode=0x54b',
      'BAD AD Connectivity Test=FAIL [0x54b] pre-check-phase',
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok AD Configuration Test=SKIPPED',
      'ok DRS Discovery Test=SKIPPED',
      'ok DRS Connectivity Test=SKIPPED',
      'ok Token acquisition Test=SKIPPED',
    ],
  },
  {
    file: 'win10-auth-federated.txt',
    expected: [
      'BAD Error Phase=auth authentication-phase',
      'BAD Client ErrorCode=0xcaa82ee2',
      'BAD Token acquisition Test=FAIL [0xcaa82ee2] authentication-phase',
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok AD Connectivity Test=PASS',
      'ok AD Configuration Test=PASS',
      'ok DRS Discovery Test=PASS',
      'ok DRS Connectivity Test=PASS',
    ],
  },
  {
    file: 'server2022-scp-missing.txt',
    expected: [
      'BAD Error Phase=discover discover-phase',
      'BAD Client ErrorCode=0x801c001d',
      'BAD AD Configuration Test=FAIL [0x80070002] discover-phase#DSREG_AUTOJOIN_ADCONFIG_READ_FAILED',
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok AD Connectivity Test=PASS',
      'ok DRS Discovery Test=SKIPPED',
      'ok DRS Connectivity Test=SKIPPED',
      'ok Token acquisition Test=SKIPPED',
    ],
  },
  {
    file: 'win11-hybrid-no-prt-nl.txt',
    expected: [
      `BAD AzureAdPrt=NO ${POST_JOIN}`,
      `BAD WamDefaultSet=NO ${POST_JOIN}`,
      'ok DomainJoined=YES',
      'ok AzureAdJoined=YES',
      'ok WorkplaceJoined=NO',
    ],
  },
  {
    file: 'win10-hybrid-workplace-joined-en.txt',
    expected: [
      `BAD WorkplaceJoined=YES ${STEP_2}#WorkplaceJoined`,
      'ok DomainJoined=YES',
      'ok AzureAdJoined=YES',
      'ok WamDefaultSet=YES',
      'ok AzureAdPrt=YES',
    ],
  },
  {
    file: 'article-1607-sample.txt',
    expected: [
      'ok DomainJoined=YES',
      'ok AzureAdJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok WamDefaultSet=YES',
      'ok AzureAdPrt=YES',
    ],
  },
  {
    // Only User State and SSO State: whether the device is joined is unknown, so the PRT is a post-join question.
    file: 'partial-user-sso-nl.txt',
    expected: [`BAD AzureAdPrt=NO ${POST_JOIN}`, 'ok WorkplaceJoined=NO', 'ok WamDefaultSet=YES'],
  },
  {
    file: 'partial-diagnostic-en.txt',
    expected: [
      'BAD Error Phase=join join-phase',
      'BAD Client ErrorCode=0x801c03f2',
      'BAD Server ErrorCode=DirectoryError',
    ],
  },
  {
    file: 'reordered-sections-nl.txt',
    expected: [
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      `BAD WorkplaceJoined=YES ${STEP_2}#WorkplaceJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok AD Connectivity Test=PASS',
      'ok AD Configuration Test=PASS',
      'ok DRS Discovery Test=PASS',
      'ok DRS Connectivity Test=PASS',
      'ok Token acquisition Test=PASS',
    ],
  },
  {
    // Ja/Nee are reported as YES/NO.
    file: 'mangled-dutch-values.txt',
    expected: [
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
    ],
  },
  {
    file: 'teams-joined-lines-discover.txt',
    expected: [
      'BAD Error Phase=discover discover-phase',
      'BAD Client ErrorCode=0x801c0021',
      'BAD DRS Discovery Test=FAIL [0x801c0021/0x80072ee2] discover-phase',
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok AD Connectivity Test=PASS',
      'ok AD Configuration Test=PASS',
      'ok DRS Connectivity Test=SKIPPED',
      'ok Token acquisition Test=SKIPPED',
    ],
  },
  {
    file: 'teams-crlf-no-borders-nl.txt',
    expected: [
      'BAD Error Phase=join join-phase',
      'BAD Client ErrorCode=0x801c03f2',
      'BAD Server ErrorCode=DirectoryError',
      `BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`,
      'BAD AzureAdPrt=NO',
      'BAD WamDefaultSet=NO',
      'ok DomainJoined=YES',
      'ok WorkplaceJoined=NO',
      'ok AD Connectivity Test=PASS',
      'ok AD Configuration Test=PASS',
      'ok DRS Discovery Test=PASS',
      'ok DRS Connectivity Test=PASS',
      'ok Token acquisition Test=PASS',
    ],
  },
  {
    file: 'teams-nbsp-box-drawing-nl.txt',
    expected: [
      `BAD AzureAdPrt=NO ${POST_JOIN}`,
      `BAD WamDefaultSet=NO ${POST_JOIN}`,
      'ok DomainJoined=YES',
      'ok AzureAdJoined=YES',
      'ok WorkplaceJoined=NO',
    ],
  },
];

describe('dsregFindings: fixtures', () => {
  it.each(fixtures)('$file', ({ file, expected }) => {
    expect(findings(fixture(file)).map(line)).toEqual(expected);
  });

  it('labels the root cause of the eval sample exactly as the knowledge base does', () => {
    expect(findings(fixture('eval-w139-not-domain-joined.txt'))[0]).toEqual({
      field: 'DomainJoined',
      value: 'NO',
      ok: false,
      source: { doc: '002_86150bf7b559b65c.txt', anchor: STEP_2, key: 'DomainJoined' },
    });
  });
});

const rules: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'not domain joined, join state unknown: root cause; a registered account is fine there',
    text: 'DomainJoined : NO\nWorkplaceJoined : YES\nAzureAdPrt : NO',
    expected: [`BAD DomainJoined=NO ${STEP_2}#DomainJoined`, 'BAD AzureAdPrt=NO', 'ok WorkplaceJoined=YES'],
  },
  {
    name: 'domain state unknown: AzureAdJoined NO is the step-2 answer',
    text: 'AzureAdJoined : NO\nAzureAdPrt : NO',
    expected: [`BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`, 'BAD AzureAdPrt=NO'],
  },
  {
    name: 'WorkplaceJoined YES is only a problem on a domain-joined device',
    text: 'DomainJoined : YES\nWorkplaceJoined : YES\nAzureAdJoined : YES',
    expected: [`BAD WorkplaceJoined=YES ${STEP_2}#WorkplaceJoined`, 'ok DomainJoined=YES', 'ok AzureAdJoined=YES'],
  },
  {
    name: 'a joined device with an old failed attempt: post-join problems come first',
    text: 'AzureAdJoined : YES\nDomainJoined : YES\nAzureAdPrt : NO\nError Phase : join\nClient ErrorCode : 0x801c03f2\nDRS Discovery Test : FAIL [0x801c0021/0x80072ee2]',
    expected: [
      `BAD AzureAdPrt=NO ${POST_JOIN}`,
      'BAD Error Phase=join join-phase',
      'BAD Client ErrorCode=0x801c03f2',
      'BAD DRS Discovery Test=FAIL [0x801c0021/0x80072ee2] discover-phase',
      'ok DomainJoined=YES',
      'ok AzureAdJoined=YES',
    ],
  },
  {
    name: 'an Error Phase this module does not know is a problem without an answer',
    text: 'DomainJoined : YES\nError Phase : cleanup',
    expected: ['BAD Error Phase=cleanup', 'ok DomainJoined=YES'],
  },
  {
    name: 'a YES/NO field that holds something else gives no finding',
    text: 'AzureAdJoined : YES\nNgcSet : maybe\nAzureAdPrt : YES',
    expected: ['ok AzureAdJoined=YES', 'ok AzureAdPrt=YES'],
  },
  {
    name: "WamDefaultSet ERROR (what /status /debug prints when it can't read it) fails the user's sign-in like NO",
    text: 'AzureAdJoined : YES\nWamDefaultSet : ERROR (0x80070520)\nAzureAdPrt : YES',
    expected: [`BAD WamDefaultSet=ERROR ${POST_JOIN}`, 'ok AzureAdJoined=YES', 'ok AzureAdPrt=YES'],
  },
  {
    name: 'dsregcmd /join /debug: no domain controller in sight is the pre-check phase',
    text: 'PreJoinChecks Complete.\npreCheckResult: DoNotJoin\nisDcAvailable: NO\nresultCode: 0x1',
    expected: ['BAD isDcAvailable=NO pre-check-phase', 'BAD preCheckResult=DoNotJoin'],
  },
  {
    name: 'a pre-check that said DoNotJoin for another reason still points at the pre-check phase',
    text: 'preCheckResult: DoNotJoin\nisSystem: YES\nisDcAvailable: YES',
    expected: ['BAD preCheckResult=DoNotJoin pre-check-phase'],
  },
  {
    name: 'the typed sentence',
    text: 'AzureAdJoined staat op NO en DomainJoined op YES',
    expected: [`BAD AzureAdJoined=NO ${STEP_2}#AzureAdJoined`, 'ok DomainJoined=YES'],
  },
];

describe('dsregFindings: rules', () => {
  it.each(rules)('$name', ({ text, expected }) => {
    expect(findings(text).map(line)).toEqual(expected);
  });
});

describe('dsregFindings: contract', () => {
  const all = fixtures
    .flatMap(({ file }) => findings(fixture(file)))
    .concat(rules.flatMap(({ text }) => findings(text)));

  it('lists problems before good values, and only problems carry a source', () => {
    for (const { file } of fixtures) {
      const oks = findings(fixture(file)).map((f) => f.ok);
      expect(oks, file).toEqual([...oks].sort((a, b) => Number(a) - Number(b)));
    }
    for (const f of all) if (f.ok) expect(f.source, f.field).toBeUndefined();
  });

  it('points every source at an answer the knowledge base holds', () => {
    const kb = loadKnowledgeBase(fileURLToPath(new URL('../../../knowledge', import.meta.url)));
    const labels = new Set(kb.entries.map((e) => `${e.source.doc}#${e.source.anchor}#${e.source.key ?? ''}`));
    const anchors = new Set(kb.entries.map((e) => `${e.source.doc}#${e.source.anchor}`));
    for (const { source } of all) {
      if (source === undefined) continue;
      if (source.key === undefined)
        expect(anchors, `${source.doc}#${source.anchor}`).toContain(`${source.doc}#${source.anchor}`);
      else expect(labels).toContain(`${source.doc}#${source.anchor}#${source.key}`);
    }
  });
});
