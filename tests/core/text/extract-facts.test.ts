import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_IDS } from '../../../src/core/kb/schema.js';
import { extractFacts, type Facts } from '../../../src/core/text/extract-facts.js';

type Case = [text: string, facts: Facts];

/** Each case lists every fact expected: an extra fact fails the case (a wrong fact is worse than a missing one). */
const PLATFORM: Case[] = [
  ['Mijn Samsung Galaxy S21 wil niet inschrijven', { platform: 'android' }],
  ['Google Pixel 7 blijft hangen bij het werkprofiel', { platform: 'android' }],
  ['andriod toestel kan niet inschrijven', { platform: 'android' }],
  ['My iPhone cannot enroll', { platform: 'ios' }],
  ['iPad van de receptie doet het niet', { platform: 'ios' }],
  ['oude ipad van de receptie (draait nog ios 7) geeft devicetypenotsupported', { platform: 'ios' }],
  ['MacBook Pro enrollment fails', { platform: 'macos' }],
  ['iMac in de vergaderruimte wil niet', { platform: 'macos' }],
  ['macOS Sonoma, profiel installeert niet', { platform: 'macos' }],
  ['My Mac will not enroll', { platform: 'macos' }],
  ['MAC address filtering on the wifi blocks my laptop', { platform: 'windows' }],
  ['Surface Pro 9 komt niet verder dan OOBE', { platform: 'windows' }],
  ['mijn laptopscherm is kapot en nu lukt inschrijven niet', { platform: 'windows' }],
  ['lap blijft hangen op 80180014', { platform: 'windows' }],
  ['pc van een collega', { platform: 'windows' }],
  ['dsregcmd /status zegt AzureAdJoined: NO', { platform: 'windows' }],
  ['taakplanner > microsoft > windows > EnterpriseMgmt, laatste resultaat: mislukt', { platform: 'windows' }],
  ['Works on my iPhone, fails on my Android phone', { platform: 'android' }],
  ['Op mijn laptop lukt het wel, op mijn iPhone niet', { platform: 'ios' }],
  ['op mijn iPhone werkt het wel maar op de Samsung niet', { platform: 'android' }],
  ['Both my iPhone and my Samsung fail to enroll', {}],
  ['kan niemand meer windows apparaten inschrijven, iphones gaan gewoon door', { platform: 'windows' }],
  ['nobody can enroll an android tablet, iphones go through', { platform: 'android' }],
  ['It is not a Mac, it is a Windows laptop', { platform: 'windows' }],
  ['MacBook laptop kan niet inschrijven', { platform: 'macos' }],
  ['Galaxy Book laptop met Windows 11', { platform: 'windows' }],
  [
    'ik heb al een hoop apparaten op mn naam staan (oude lap, 2 tels, ipad) en nu lukt mn nieuwe pc niet meer',
    { platform: 'windows', 'worked-before': 'yes' },
  ],
  ['Someone told me to ask here', {}],
  ['desktop van de receptie doet raar', { platform: 'windows' }],
  ['win10 machine kan niet joinen', { platform: 'windows' }],
  ['iPadOS 17 en nu lukt inschrijven niet', { platform: 'ios' }],
];

const WINDOWS: Case[] = [
  ['Windows 10 Home', { platform: 'windows', 'windows-edition': 'home' }],
  ['win 11 pro', { platform: 'windows', 'windows-edition': 'pro' }],
  ['Windows 11 Enterprise laptop', { platform: 'windows', 'windows-edition': 'enterprise' }],
  ['W10 Education op de schoollaptops', { platform: 'windows', 'windows-edition': 'education' }],
  ['windows 10 entreprise', { platform: 'windows', 'windows-edition': 'enterprise' }],
  ['het is de thuis-editie', { 'windows-edition': 'home' }],
  ['Windows 11 Pro Education', { platform: 'windows', 'windows-edition': 'education' }],
  ['upgrade van Windows 10 Home naar Pro lukt niet', { platform: 'windows' }],
  ['Android Enterprise werkprofiel', { platform: 'android' }],
  ['working from home, laptop will not enroll', { platform: 'windows' }],
  ['weet niet of het Windows 10 Home of Pro is', { platform: 'windows' }],
  ['Windows 10 22H2', { platform: 'windows', 'windows-version': '22H2' }],
  ['draait 21h2', { 'windows-version': '21H2' }],
  ['build 19045', { 'windows-version': '19045' }],
  ['OS versie 10.0.19045.3803', { 'windows-version': '19045' }],
  ['Windows 10 1809', { platform: 'windows', 'windows-version': '1809' }],
  ['Windows 11 23H2 (build 22631)', { platform: 'windows', 'windows-version': '23H2' }],
  ['sommige op 1809, andere op 22H2', {}],
  ['heb 1809 gebruikers', {}],
];

const METHOD: Case[] = [
  ['Autopilot profiel wordt niet toegepast', { platform: 'windows', 'enrollment-method': 'autopilot' }],
  ['autopliot blijft hangen', { platform: 'windows', 'enrollment-method': 'autopilot' }],
  ['via groepsbeleid automatisch inschrijven', { platform: 'windows', 'enrollment-method': 'gpo' }],
  ['GPO auto-enroll faalt met event 76', { platform: 'windows', 'enrollment-method': 'gpo' }],
  ['my own phone, through Company Portal', { 'enrollment-method': 'byod' }],
  ['eigen telefoon van de gebruiker', { 'enrollment-method': 'byod' }],
  [
    'getting AccountNotOnboarded when enrolling an iPad through company portal',
    { platform: 'ios', 'enrollment-method': 'byod' },
  ],
  ['DEP iPads blijven hangen', { platform: 'ios', 'enrollment-method': 'ade' }],
  ['Apple Business Manager sync werkt niet', { 'enrollment-method': 'ade' }],
  ['ppkg van de servicedesk', { platform: 'windows', 'enrollment-method': 'bulk' }],
  ['inrichtingspakket werkt niet', { platform: 'windows', 'enrollment-method': 'bulk' }],
  ['hybrid join werkt niet op deze lap', { platform: 'windows', 'enrollment-method': 'hybrid-join' }],
  ['hybride werken, laptop kan thuis niet inschrijven', { platform: 'windows' }],
  ['SCCM co-beheer geeft fout', { 'enrollment-method': 'co-management' }],
  ['BYOD Android met werkprofiel', { platform: 'android', 'enrollment-method': 'byod' }],
  [
    'provisioning package gemaakt met Windows Configuration Designer',
    { platform: 'windows', 'enrollment-method': 'bulk' },
  ],
  ['we enroll them in bulk', { 'enrollment-method': 'bulk' }],
  ['niet via autopilot maar via de bedrijfsportal', { platform: 'windows', 'enrollment-method': 'byod' }],
  ['We use Autopilot and hybrid join', { platform: 'windows' }],
];

const TENANT: Case[] = [
  ['MDM-instantie staat op Intune', { 'mdm-authority': 'intune' }],
  ['MDM authority is set to Configuration Manager', { 'mdm-authority': 'configmgr' }],
  ['de MDM-instantie is niet ingesteld', { 'mdm-authority': 'none' }],
  ['no MDM authority set', { 'mdm-authority': 'none' }],
  ['Intune geeft een fout bij inschrijven', {}],
  ['Error Phase : discover', { 'error-phase': 'discover' }],
  ['het gaat mis in de discover-fase', { 'error-phase': 'discover' }],
  ['fails during discovery', { 'error-phase': 'discover' }],
  ['join phase error 0x801c03f2', { 'error-phase': 'join' }],
  ['DRS Discovery Test : PASS', {}],
  ['Error Phase : join', { 'error-phase': 'join' }],
  ['het verkeer gaat via een proxy', { proxy: 'yes' }],
  ['the domain is federated', { 'federated-domain': 'yes' }],
  ['we zitten achter een proxy', { proxy: 'yes' }],
  ['zscaler doet ssl-inspectie', { proxy: 'yes' }],
  [
    'subfout 0x80072f8f bij de discovery, wij hebben een proxy die ssl inspecteert',
    { proxy: 'yes', 'error-phase': 'discover' },
  ],
  ['geen proxy in dit netwerk', { proxy: 'no' }],
  ['we do not use a proxy', { proxy: 'no' }],
  ['proxy settings checked, all fine', {}],
  ['Is er een proxy?', {}],
  ['het probleem is niet de proxy', {}],
  ['domein is federatief met AD FS', { 'federated-domain': 'yes' }],
  ['we use ADFS', { 'federated-domain': 'yes' }],
  ['managed domain with PHS', { 'federated-domain': 'no' }],
  ['geen ADFS, wel pass-through authentication', { 'federated-domain': 'no' }],
  ['migrating from ADFS to PHS', {}],
];

const DEVICE: Case[] = [
  ['de oude Intune pc agent staat er nog op', { platform: 'windows', 'intune-pc-agent': 'yes' }],
  ['Intune client software is removed', { 'intune-pc-agent': 'no' }],
  ['geen pc agent geïnstalleerd', { 'intune-pc-agent': 'no' }],
  ['er staat al een ander werkaccount op', { 'other-work-account': 'yes' }],
  ['another work account is already added', { 'other-work-account': 'yes' }],
  ['geen ander werk- of schoolaccount', { 'other-work-account': 'no' }],
  ['he has a work account from another company on it', { 'other-work-account': 'yes' }],
  ['de tijd op de laptop klopt niet', { platform: 'windows', 'device-datetime-correct': 'no' }],
  ['klok loopt 10 minuten achter', { 'device-datetime-correct': 'no' }],
  ['date is wrong, shows 2019 instead of 2024', { 'device-datetime-correct': 'no' }],
  ['datum en tijd kloppen', { 'device-datetime-correct': 'yes' }],
  [
    'tel van een collega staat op de verkeerde datum (ergens in 2019 lol), kan dat de reden zijn dat inschrijven steeds mislukt?',
    { 'device-datetime-correct': 'no' },
  ],
  ['the time zone is correct', { 'device-datetime-correct': 'yes' }],
  ['alle updates erop', { 'windows-updated': 'yes' }],
  ['laptop is fully up to date', { platform: 'windows', 'windows-updated': 'yes' }],
  ['niet geüpdatet sinds maart', { 'windows-updated': 'no' }],
  ['old build, not updated in months', { 'windows-updated': 'no' }],
  ['Company Portal app is up to date', { 'enrollment-method': 'byod' }],
  ['gebruiker heeft geen licentie', { 'license-assigned': 'no' }],
  ['no Intune license assigned', { 'license-assigned': 'no' }],
  ['licentie is toegewezen', { 'license-assigned': 'yes' }],
  ['user has an E3 license', { 'license-assigned': 'yes' }],
  ["he doesn't have a license", { 'license-assigned': 'no' }],
  ['Windows licentie is niet geactiveerd', { platform: 'windows' }],
  ['weet niet of hij een licentie heeft', {}],
  ['heeft hij een licentie?', {}],
  ['TPM 2.0 aanwezig', { 'tpm-version': '2.0' }],
  ['tpm 1.2 on this old laptop', { platform: 'windows', 'tpm-version': '1.2' }],
  ['geen TPM', { 'tpm-version': 'none' }],
  ['Autopilot self-deploying vereist TPM 2.0', { platform: 'windows', 'enrollment-method': 'autopilot' }],
  ['the device does not have a TPM', { 'tpm-version': 'none' }],
  ['het is een VM in Hyper-V', { 'virtual-machine': 'yes' }],
  ['test op een virtuele machine (VMware)', { 'virtual-machine': 'yes' }],
  ['Parallels on a MacBook', { platform: 'macos', 'virtual-machine': 'yes' }],
  ['het is geen VM', { 'virtual-machine': 'no' }],
  ['not running in a virtual machine', { 'virtual-machine': 'no' }],
  ['echte MacBook, geen virtuele', { platform: 'macos', 'virtual-machine': 'no' }],
  [
    "a new hire's MacBook says it looks like a virtual machine during enrollment (it's a real one).",
    { platform: 'macos', 'virtual-machine': 'no' },
  ],
  ['VM: nee', { 'virtual-machine': 'no' }],
];

const HISTORY: Case[] = [
  ['werkte vorige week nog', { 'worked-before': 'yes' }],
  ['it used to work', { 'worked-before': 'yes' }],
  ['sinds gisteren niet meer', { 'worked-before': 'yes' }],
  ['werkte vorige week nog, sinds gisteren niet meer', { 'worked-before': 'yes' }],
  ['heeft nog nooit gewerkt', { 'worked-before': 'no' }],
  ['never worked on this device', { 'worked-before': 'no' }],
  ['werkte nog nooit', { 'worked-before': 'no' }],
  ['sinds gisteren probeer ik mijn laptop in te schrijven', { platform: 'windows' }],
  ['since the update enrollment fails', { 'worked-before': 'yes' }],
  ['niet meer dan 5 apparaten', {}],
];

const SCOPE: Case[] = [
  ['alle gebruikers krijgen deze fout', { 'users-affected': 'all' }],
  ['iedereen heeft dit probleem', { 'users-affected': 'all' }],
  ['everyone gets the same error', { 'users-affected': 'all' }],
  ["een paar collega's kunnen niet inschrijven", { 'users-affected': 'some' }],
  ['some users fail to enroll', { 'users-affected': 'some' }],
  ['a few colleagues get this error', { 'users-affected': 'some' }],
  ['één gebruiker heeft het probleem', { 'users-affected': 'one' }],
  ['one user gets the error', { 'users-affected': 'one' }],
  ['sommige telefoons lukken niet', { 'devices-affected': 'some' }],
  ['alleen ik heb dit', { 'users-affected': 'one' }],
  ['only me, others are fine', { 'users-affected': 'one' }],
  ['bij mij lukt het niet', { 'users-affected': 'one' }],
  ['Someone in finance cannot enroll', {}],
  ['iedereen heeft een E3 licentie', { 'license-assigned': 'yes' }],
  ['het profiel is toegewezen aan alle gebruikers', {}],
  ['niet iedereen heeft het probleem', {}],
  ['iedereen behalve ik kan inschrijven', { 'users-affected': 'one' }],
  ['no one else has this problem', { 'users-affected': 'one' }],
  ['alle laptops hebben deze fout', { platform: 'windows', 'devices-affected': 'all' }],
  ['een paar telefoons geven een foutmelding', { 'devices-affected': 'some' }],
  ['alleen deze laptop heeft het probleem', { platform: 'windows', 'devices-affected': 'one' }],
  ['several devices fail', { 'devices-affected': 'some' }],
  ['every device shows 0x80180014', { 'devices-affected': 'all' }],
  ['alle apparaten zijn ingeschreven', {}],
  ['heb al 5 apparaten', { 'enrolled-devices': '5' }],
  ['already 6 devices enrolled', { 'enrolled-devices': '6' }],
  ['she has enrolled fifteen devices', { 'enrolled-devices': '15' }],
  ['heeft er al vijf ingeschreven', { 'enrolled-devices': '5' }],
  ['al 3 laptops geprobeerd', { platform: 'windows' }],
];

const MESSAGES: Case[] = [
  [
    'Goedemorgen, mijn nieuwe Surface (Windows 11 Pro, 23H2) blijft bij Autopilot hangen op 0x80180014. Het is geen VM en de gebruiker heeft een E5 licentie.',
    {
      platform: 'windows',
      'windows-edition': 'pro',
      'windows-version': '23H2',
      'enrollment-method': 'autopilot',
      'virtual-machine': 'no',
      'license-assigned': 'yes',
    },
  ],
  [
    'hybrid join werkt niet op deze lap, dsregcmd /status zegt dit:\n               Error Phase : discover\n          Client ErrorCode : 0x801c0021',
    { platform: 'windows', 'enrollment-method': 'hybrid-join', 'error-phase': 'discover' },
  ],
  [
    'foutcode 0x8018 0026 bij toevoegen aan azure ad. op die pc staat nog de oude intune pc agent, heeft dat er mee te maken?',
    { platform: 'windows', 'intune-pc-agent': 'yes' },
  ],
  ['de printer op de 2e verdieping print alles met strepen, wie kan daar naar kijken?', {}],
  ['goedemorgen! ☕', {}],
  ['', {}],
];

const ALL_CASES = [...PLATFORM, ...WINDOWS, ...METHOD, ...TENANT, ...DEVICE, ...HISTORY, ...SCOPE, ...MESSAGES];

describe('extractFacts', () => {
  it('has at least 120 cases', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(120);
  });
  describe.each([
    ['platform', PLATFORM],
    ['windows edition and version', WINDOWS],
    ['enrollment method', METHOD],
    ['tenant and network', TENANT],
    ['device state', DEVICE],
    ['history', HISTORY],
    ['scope and counts', SCOPE],
    ['whole messages', MESSAGES],
  ])('%s', (_name, cases) => {
    it.each(cases)('%j', (text, facts) => {
      expect(extractFacts(text)).toEqual(facts);
    });
  });
});

describe('extractFacts: robustness', () => {
  const FRAGMENTS = fc.constantFrom(
    ' ',
    ',',
    '.',
    '?',
    ':',
    '\n',
    '(',
    ')',
    "'",
    'geen ',
    'niet ',
    'not ',
    'a ',
    'vm',
    'tpm 2.0',
    'alle ',
    'gebruikers',
    'iedereen',
    'iphone',
    'windows ',
    '10 ',
    'home',
    'pro',
    'licentie',
    'werkte ',
    'nog ',
    'nooit ',
    '0x80180014',
    '22H2',
    'één',
    'ë',
    '\u0301',
    'proxy',
    'build ',
    '19045',
    'al ',
    '5 ',
    'apparaten',
    'autopilot',
    'hybride',
    'mdm-instantie',
  );
  const wordy = fc.array(FRAGMENTS, { maxLength: 400 }).map((parts) => parts.join(''));
  const utf16 = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    maxLength: 2000,
  });
  const facts = new Set<string>(FACT_IDS);

  it('never throws and only returns known facts with non-empty values', () => {
    fc.assert(
      fc.property(fc.oneof(wordy, utf16), (text) => {
        const found = extractFacts(text);
        for (const [fact, value] of Object.entries(found)) {
          expect(facts.has(fact)).toBe(true);
          expect(typeof value === 'string' && value.length > 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads 100 KB of any text fast', () => {
    const big = fc.oneof(
      fc.array(FRAGMENTS, { minLength: 10_000, maxLength: 20_000 }).map((parts) => parts.join('').slice(0, 100_000)),
      fc.string({
        unit: fc.constantFrom('a', ' ', 'n', 'e', 'i', 't', '.', ':', '1', '0', 'x'),
        minLength: 100_000,
        maxLength: 100_000,
      }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
        minLength: 100_000,
        maxLength: 100_000,
      }),
    );
    fc.assert(
      fc.property(big, (text) => {
        const started = performance.now();
        extractFacts(text);
        expect(performance.now() - started).toBeLessThan(1_500);
      }),
      { numRuns: 12 },
    );
  });

  it('reads pathological repetitions fast', () => {
    for (const unit of [
      'werkte ',
      'a ',
      'tpm ',
      'alle de de ',
      'niet ',
      'x',
      ' ',
      '|',
      '((',
      "'a",
      '1.',
      'vm : ',
      'licentie is ',
    ]) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const started = performance.now();
      extractFacts(text);
      expect(performance.now() - started, unit).toBeLessThan(1_500);
    }
  });
});
