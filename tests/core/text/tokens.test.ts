import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/lang.js';
import { normalize } from '../../../src/core/text/normalize.js';
import { contentTokens, stem } from '../../../src/core/text/tokens.js';

/**
 * Golden table: what the matcher sees of a sentence (content tokens, then their stems in the sentence's language).
 * Stop words, chat filler and report framing drop out; admins' short names read as the articles write them.
 */
const GOLDEN: readonly (readonly [sentence: string, lang: Lang, tokens: string, stems: string])[] = [
  ['Mijn laptop is niet geregistreerd in Intune', 'nl', 'laptop geregistreerd intune', 'laptop registrer intun'],
  [
    'De pc blijft hangen bij het inschrijven, ik heb hem opnieuw ingeschreven',
    'nl',
    'pc blijft hangen inschrijven opnieuw ingeschreven',
    'pc blijft hang inschrijv opnieuw inschrijv',
  ],
  [
    "Collega's iPhone: profiel niet geïnstalleerd",
    'nl',
    'collega iphone profiel geinstalleerd',
    'collega iphon profiel installer',
  ],
  [
    'Moet de laptop een DC kunnen bereiken voor de hybride koppeling?',
    'nl',
    'laptop domain controller bereiken hybride koppeling',
    'laptop domain controller bereik hybrid koppel',
  ],
  [
    'Apparaten staan in Entra ID op In behandeling',
    'nl',
    'apparaten staan azure ad behandeling',
    'apparat stan azur ad behandel',
  ],
  ['Dit artikel legt niet uit hoe ik de registratie reset', 'nl', 'legt registratie reset', 'legt registrer reset'],
  ["My laptop isn't registered in Intune", 'en', 'laptop registered intune', 'laptop regist intun'],
  [
    'Devices are showing up as pending in Entra ID',
    'en',
    'devices showing pending azure ad',
    'devic show pend azur ad',
  ],
  [
    'So devices need to reach a DC on the LAN to HAADJ?',
    'en',
    'devices need reach domain controller corporate network hybrid azure ad join',
    'devic need reach domain control corpor network hybrid azur ad join',
  ],
  [
    "This article doesn't explain how to reset the registration, any insight appreciated",
    'en',
    'reset registration',
    'reset registr',
  ],
  [
    'Users enrolling their devices get licence errors',
    'en',
    'users enrolling devices license errors',
    'user enrol devic licens error',
  ],
];

describe('content tokens and stems (golden table)', () => {
  it.each(GOLDEN)('%s (%s)', (sentence, lang, tokens, stems) => {
    const words = contentTokens(normalize(sentence));
    expect(words.join(' ')).toBe(tokens);
    expect(words.map((w) => stem(w, lang)).join(' ')).toBe(stems);
  });
});
