import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/core/kb/location.js';
import type { Entry } from '../../../src/core/kb/schema.js';
import { LANGS, type Lang } from '../../../src/core/lang.js';
import { cardText } from '../../../src/i18n/cards.js';
import { en } from '../../../src/i18n/en.js';
import { nl } from '../../../src/i18n/nl.js';

const kb = loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR);

/**
 * Names the portals and services had in the articles' time. They may still be written, but only in brackets behind
 * today's name ("Microsoft Entra ID (voorheen Azure AD)"), because people still meet them.
 */
const OLD_NAMES = [
  'Microsoft Endpoint Manager',
  'Azure Active Directory',
  'Azure AD',
  'Azure portal',
  'Azure-portal',
  'Azure Portal',
  'go.microsoft.com/fwlink/?linkid=2109431',
  'portal.azure.com',
];
const BESIDE_NEW = /\((?:voorheen|formerly) [^)]*\)/g;

/** An old name standing on its own: outside a "(formerly …)" bracket, a `command` or a web address. */
function oldNamesAlone(text: string): string[] {
  const rest = text
    .replace(BESIDE_NEW, '')
    .replace(/`[^`]*`/g, '')
    .replace(/https?:\/\/\S+/g, (url) =>
      url.includes('fwlink/?linkid=2109431') || url.includes('portal.azure.com') ? url : '',
    );
  return OLD_NAMES.filter((name) => rest.includes(name));
}

/** What the answer card can show of an entry (symptoms and on-screen messages are the users' words, not ours). */
function shownTexts(e: Entry, lang: Lang): string[] {
  return [
    e.title[lang],
    e.summary[lang],
    ...e.causes.map((c) => c.text[lang]),
    ...e.resolutions.flatMap((r) => [r.title[lang], ...r.steps[lang]]),
    ...e.warnings.map((w) => w[lang]),
  ];
}

/** A step that names an admin portal, a server tool or admin rights can only be done by IT. */
const IT_ONLY =
  /Microsoft (?:Intune|Entra|365)[ -](?:admin center|beheercentrum)|https:\/\/(?:intune|entra|admin)\.microsoft\.com|PowerShell|Active Directory Users and Computers|dsa\.msc|certlm\.msc|AD FS-server|AD FS server|domeincontroller|domain controller|als beheerder|as an administrator|as administrator|HKEY_LOCAL_MACHINE/i;

describe('who does each step', () => {
  it.each(kb.entries.map((e) => [e.id, e] as const))('%s: every step says whether the user or IT does it', (_id, e) => {
    for (const r of e.resolutions) {
      for (const lang of LANGS) expect(r.doneBy).toHaveLength(r.steps[lang].length);
      r.steps.en.forEach((step, i) => {
        if (IT_ONLY.test(step) || IT_ONLY.test(r.steps.nl[i] ?? ''))
          expect({ step, by: r.doneBy[i] }).toEqual({ step, by: 'it' });
      });
    }
  });

  it('gives end users something of their own to do in a fair share of the answers', () => {
    const withUserSteps = kb.entries.filter((e) => e.resolutions.some((r) => r.doneBy.includes('user')));
    expect(withUserSteps.length).toBeGreaterThanOrEqual(40);
    expect(withUserSteps.length).toBeLessThan(kb.entries.length);
  });
});

describe("today's product names", () => {
  it.each(kb.entries.map((e) => [e.id, e] as const))('%s: no old portal name stands alone', (_id, e) => {
    for (const lang of LANGS) {
      const alone = shownTexts(e, lang).flatMap((text) => oldNamesAlone(text).map((name) => `${name} in: ${text}`));
      expect(alone).toEqual([]);
    }
  });

  it('has no notes left that only held for retired setups (standalone versus hybrid MDM)', () => {
    const notes = kb.entries.flatMap((e) => LANGS.flatMap((lang) => shownTexts(e, lang)));
    expect(notes.filter((n) => /zelfstandige Intune|standalone Intune|hybride MDM|hybrid MDM/i.test(n))).toEqual([]);
  });

  it("the bot's own phrases name today's portals too", () => {
    const labels = LANGS.flatMap((l): unknown[] => Object.values(cardText[l]));
    const phrases = [...Object.values(nl), ...Object.values(en), ...labels].flat().map(String);
    expect(phrases.flatMap((p) => oldNamesAlone(p).map((name) => `${name} in: ${p}`))).toEqual([]);
  });

  it('recognises an old name that stands alone, and accepts it in brackets behind the new one', () => {
    expect(oldNamesAlone('Go to the Azure portal.')).toEqual(['Azure portal']);
    expect(oldNamesAlone('Sign in to the Microsoft Endpoint Manager admin center.')).toEqual([
      'Microsoft Endpoint Manager',
    ]);
    expect(oldNamesAlone('Join it to Microsoft Entra ID (formerly Azure AD).')).toEqual([]);
    expect(oldNamesAlone('Check `AzureAdJoined` in `dsregcmd /status`.')).toEqual([]);
  });
});
