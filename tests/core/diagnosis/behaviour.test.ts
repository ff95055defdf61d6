import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { buildDiagnosisIndex } from '../../../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../../../src/core/diagnosis/diagnose.js';

const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const top = (text: string, facts = {}) => diagnose(index, { text, facts }).matches[0]?.entry.id;

describe('diagnose', () => {
  it('answers a bare code at once, with the code as the reason', () => {
    const d = diagnose(index, { text: '80180014' });
    expect(d.codes.map((c) => c.code)).toEqual(['0x80180014']);
    expect(d.matches[0]?.entry.id).toBe('win-windows-version-not-supported');
    expect(d.matches[0]?.reasons).toContainEqual({ kind: 'code', code: '0x80180014' });
  });

  it('lets the message text decide between two entries sharing 0x801C0003', () => {
    expect(top('0x801c0003: deze gebruiker is niet bevoegd om te registreren')).toBe('win-user-not-allowed-to-enroll');
    expect(top('0x801c0003: deze gebruiker is niet gemachtigd om zich in te schrijven')).toBe(
      'win-user-not-authorized-to-enroll',
    );
  });

  it('ranks the Windows 10 Home cause first once the edition is known, and asks for it while it is not', () => {
    const unknown = diagnose(index, { text: 'foutcode 80180003 bij inschrijven' });
    expect(unknown.matches[0]?.entry.id).toBe('win-user-not-authorized-to-enroll');
    expect(unknown.questions).toContain('windows-edition');
    const home = diagnose(index, { text: 'foutcode 80180003 bij inschrijven', facts: { 'windows-edition': 'home' } });
    expect(home.matches[0]?.causes[0]).toMatchObject({ id: 'windows-10-home', status: 'likely' });
    expect(home.questions).not.toContain('windows-edition');
  });

  it('uses the error phase to pick WININET_E_TIMEOUT in discover or join', () => {
    expect(top('WININET_E_TIMEOUT', { 'error-phase': 'join' })).toBe('hj-join-wininet-timeout');
    expect(top('WININET_E_TIMEOUT', { 'error-phase': 'discover' })).toBe('hj-discover-wininet-timeout');
  });

  it('prefers the sub-error of an error/sub-error pair', () => {
    expect(top('DRS Discovery Test : FAIL [0x801c0021/0x80072f8f]')).toBe('hj-discover-wininet-decoding-failed');
  });

  it('pushes down an entry whose platform contradicts the device', () => {
    const d = diagnose(index, { text: 'te veel apparaten ingeschreven, limiet bereikt', facts: { platform: 'ios' } });
    const ids = d.matches.map((m) => m.entry.id);
    const windows = ids.indexOf('win-user-not-authorized-to-enroll');
    expect(ids).toContain('ios-device-cap-reached');
    if (windows >= 0) expect(ids.indexOf('ios-device-cap-reached')).toBeLessThan(windows);
  });

  it.each(['goedemorgen! ☕', 'de printer op de 2e verdieping print met strepen', 'Teams is traag', '42', 'hi', ''])(
    'gives no answer to %j',
    (text) => {
      expect(diagnose(index, { text }).matches).toEqual([]);
    },
  );

  it.each(['het intune dashboard is traag vandaag', 'teams crasht op mijn ipad tijdens een vergadering'])(
    'gives no answer to %j: the words it shares with an entry are not the ones about enrollment',
    (text) => {
      expect(diagnose(index, { text }).matches).toEqual([]);
    },
  );

  it('does not answer with an entry that explains none of the enrollment words, however many others it shares', () => {
    const ids = diagnose(index, {
      text: 'heb de tel al opnieuw opgestart en eerst geprobeerd, inschrijvn blijft mislukken',
    }).matches.map((m) => m.entry.id);
    expect(ids).not.toContain('code-restart-pending');
  });

  it('reads a short problem by the device it names, beside an enrollment word', () => {
    expect(diagnose(index, { text: 'enrollment fails on android' }).matches[0]?.entry.platforms).toContain('android');
  });

  it('lets the text decide between entries that show the same on-screen message', () => {
    expect(top('Bedrijfsportal tijdelijk niet beschikbaar')).toBe('intune-company-portal-temporarily-unavailable');
  });

  it('reads a quoted sentence as the on-screen message, retyped in other words', () => {
    const call =
      "collega van de buitendienst belt: zijn laptop geeft 'jouw organisatie ondersteunt deze windows versie niet' " +
      'en hij moet morgen met die laptop naar een klant in Utrecht';
    expect(top(call)).toBe('win-windows-version-not-supported');
  });

  it('gives no text answer to installing an app from the Company Portal', () => {
    for (const text of [
      'hoe installeer ik onenote uit de bedrijfsportal op mijn ipad',
      'waar installeer ik de vpn app vanuit de company portal op de laptop',
    ])
      expect(diagnose(index, { text }).matches).toEqual([]);
  });

  it('knows the Company Portal as the cp app', () => {
    expect(top('cp app zegt tijdelijk niet beschikbaar')).toBe('intune-company-portal-temporarily-unavailable');
  });

  it('reads "pending" as the pending device, not as a word of the code name ERROR_ADAL_OPERATION_PENDING', () => {
    expect(
      top("collega kreeg een nieuwe laptop en volgens IT staat die nog op 'pending', moet zij zelf iets doen?"),
    ).toBe('pending-device');
  });

  it('answers a how-to question with the how-to section, not with the problems it names', () => {
    expect(top('how can I tell whether a pc is hybrid joined')).toBe('hj-retrieve-join-status');
  });

  it('knows an on-screen message by one of its sentences, typed whole', () => {
    expect(top('Dit account is niet toegestaan op deze telefoon.')).toBe('win-account-not-allowed-on-phone');
  });

  it('tells a join that fails without any error from one that fails with an error', () => {
    expect(top('laptop joint niet met azure ad en er komt geen enkele foutmelding')).toBe(
      'faq-join-fails-without-error',
    );
  });

  it('knows a product by its Dutch and English name and its abbreviation', () => {
    expect(top('can a DEM account bypass the device limit?')).toBe('intune-device-cap-reached');
    expect(top('bedrijfsportal zegt tijdelijk niet beschikbaar')).toBe(
      top('company portal says temporarily unavailable'),
    );
  });

  it('lets the failed dsregcmd test pick between two entries sharing its code', () => {
    const paste = [
      'help pls',
      '| Diagnostic Data |',
      '     Diagnostics Reference : www.microsoft.com/aadjerrors',
      '              User Context : UN-ELEVATED User',
      '      AD Connectivity Test : PASS',
      '     AD Configuration Test : FAIL [0x801c001d]',
      '        DRS Discovery Test : SKIPPED',
      '     Fallback to Sync-Join : ENABLED',
    ].join('\n');
    expect(top(paste)).toBe('hj-discover-adconfig-read-failed');
  });

  it('reports what is wrong in a pasted dsregcmd output, root cause first', () => {
    const paste =
      '+---+\n| Device State |\n+---+\n    AzureAdJoined : NO\n EnterpriseJoined : NO\n     DomainJoined : NO\n';
    const d = diagnose(index, { text: paste });
    expect(d.dsregcmd?.findings[0]).toMatchObject({ field: 'DomainJoined', ok: false });
    expect(d.matches[0]?.entry.source).toMatchObject({
      anchor: 'step-2-evaluate-the-join-status',
      key: 'DomainJoined',
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (text) => {
        const d = diagnose(index, { text });
        expect(Array.isArray(d.matches)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('handles 100 KB of text', () => {
    const text = `${'0x80180014 lorem ipsum '.repeat(2000)}${'😀'.repeat(10_000)}`;
    expect(() => diagnose(index, { text })).not.toThrow();
  });
});
