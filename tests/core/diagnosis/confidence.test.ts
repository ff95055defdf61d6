import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import { buildDiagnosisIndex } from '../../../src/core/diagnosis/diagnosis-index.js';
import { diagnose } from '../../../src/core/diagnosis/diagnose.js';
import { WEIGHTS } from '../../../src/core/diagnosis/ranking-weights.js';
import { namesOtherProduct, namesOtherTopic } from '../../../src/core/text/other-products.js';

const index = buildDiagnosisIndex(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR));
const run = (text: string) => diagnose(index, { text });

describe('confidence and abstention', () => {
  it('answers a known code with high confidence, and the confidence is the first match the bot shows', () => {
    const d = run('Autopilot geeft foutcode 80180014');
    expect(d.matches[0]?.entry.id).toBe('win-windows-version-not-supported');
    expect(d.confidence).toBeGreaterThan(0.75);
  });

  it('has no matches and zero confidence for small talk', () => {
    const d = run('goedemorgen, hoe gaat het?');
    expect(d.matches).toEqual([]);
    expect(d.confidence).toBe(0);
  });

  it("says which codes the knowledge base lacks, and never answers a look-alike code's entry", () => {
    const d = run('Foutcode 801c03ed bij het koppelen van een nieuwe laptop aan Entra, iemand een idee?');
    expect(d.unknownCodes).toEqual(['0x801C03ED']);
    expect(d.codes.map((c) => c.code)).toEqual(['0x801C03ED']);
    // 0x801C03EA is in the knowledge base, three bits away: not a reason to answer its entry
    expect(d.matches.map((m) => m.entry.id)).not.toContain('win-mdm-registration-failed-801c03ea');
    expect(d.matches.flatMap((m) => m.reasons).some((r) => r.kind === 'code')).toBe(false);
  });

  it('answers nothing for an unknown code with nothing else to go on', () => {
    expect(run('0x801c03ed').matches).toEqual([]);
    expect(run('foutcode 0x87654321').matches).toEqual([]);
  });

  it('answers an unknown code when the words point clearly to an entry (too many devices)', () => {
    const d = run('inschrijven mislukt met foutcode 0x87654321, gebruiker heeft al te veel apparaten');
    expect(d.unknownCodes).toEqual(['0x87654321']);
    expect(d.matches.length).toBeGreaterThan(0);
  });

  it('still answers an unknown code when the on-screen message names the entry (Event 76)', () => {
    const d = run('Event 76: Auto MDM Enroll: Device Credential (0x0), Failed (Unknown Win32 Error code: 0x80190190)');
    expect(d.unknownCodes).toEqual(['0x80190190']);
    expect(d.matches[0]?.entry.id).toBe('win-auto-mdm-enroll-failed');
  });

  it("leaves another vendor's product alone, even when its error carries a code the articles list", () => {
    const d = run('KeePass plugin popup: [NCryptOpenKey - 0x80090016] NTE_BAD_KEYSET on Windows 10');
    expect(d.matches).toEqual([]);
  });

  it('abstains in diagnose() itself: the same message is answered at the threshold and dropped above its confidence', () => {
    const text = 'Autopilot geeft foutcode 80180014';
    const answered = diagnose(index, { text });
    expect(answered.confidence).toBeGreaterThanOrEqual(WEIGHTS.confidence.abstain);
    const strict = diagnose(index, { text, abstainBelow: answered.confidence + 0.01 });
    expect(strict.matches).toEqual([]);
    expect(strict.questions).toEqual([]);
    expect(strict.confidence).toBe(0);
  });
});

describe('another vendor named', () => {
  it.each([
    ['KeePassXC toont een Windows Hello-fout', true],
    ['Workspace ONE hub fails to enroll our scanners', true],
    ['Android: profiel niet geïnstalleerd, zat eerder in MobileIron', false],
    ['moving from Jamf to Intune, the Macs fail to enroll in Intune', false],
    ['Intune enrollment fails on a Samsung', false],
  ] as const)('%s -> %s', (text, other) => {
    expect(namesOtherProduct(text)).toBe(other);
  });
});

describe('a neighbouring topic the articles do not cover', () => {
  it('leaves a question about MFA policy or hash import alone', () => {
    expect(run('Wat is een goed beleid voor MFA-registratie bij nieuwe medewerkers?').matches).toEqual([]);
    expect(run('Which script do I use to import the hardware hash of a laptop into Autopilot?').matches).toEqual([]);
  });

  it.each([
    ['Wat is een goed beleid voor MFA-registratie?', true],
    ['hoe upload ik de hardware-hash naar Autopilot', true],
    ['Azure AD Connect met password hash sync', false],
  ] as const)('%s -> %s', (text, other) => {
    expect(namesOtherTopic(text)).toBe(other);
  });
});
