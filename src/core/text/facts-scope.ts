import { words, type Rule } from './facts-engine.js';
import { COUNT, parseCount } from './facts-numbers.js';

const USERS =
  "gebruikers|gebruiker|users|user|collega's|collegas|collega|collegae|medewerkers|medewerker|werknemers|werknemer|employees|employee|colleagues|colleague|mensen|people|personen|persons|staff";
const DEVICES =
  "apparaten|apparaat|devices|device|laptops|laptop|telefoons|telefoon|phones|phone|toestellen|toestel|pc's|pcs|pc|computers|computer|machines|machine|ipads|ipad|iphones|iphone|tablets|tablet|macs|macbooks|macbook|mobieltjes|smartphones|systemen|systems|werkplekken|werkplek|clients|endpoints|surfaces|tels|tel";
const SINGLE_DEVICE = 'apparaat|device|laptop|telefoon|phone|toestel|pc|computer|machine|ipad|iphone|tablet|macbook';
/** Words that may stand between "alle" and the noun: "alle nieuwe laptops", "all of our users". */
const BETWEEN =
  '(?: (?:de|the|onze|our|van|of|nieuwe|new|andere|other|mijn|my|deze|these|those|die|\\d+|windows|android|ios|intune|bedrijfs|company|beheerde|managed|zakelijke)){0,3}';
const SOME =
  '(?:een paar|sommige|enkele|meerdere|verschillende|een aantal|diverse|a few|some|several|multiple|a couple of|a couple|a number of|various|een handvol|a handful of)';
const ALL = '(?:alle|all|al onze|al de)';
/** "alleen ik kan inschrijven" is the one that works. */
const WORKS_AFTER = /^(?: [^ |]+){0,3} (?:werkt|works|working|lukt|gelukt|kan|can|mag|may)(?! niet| not)(?= |$)/;
/** "toegewezen aan alle gebruikers", "All Users group": an assignment, not who has the problem. */
const ASSIGNMENT = {
  notBefore: /(?:^| )(?:to|aan)$/,
  notAfter: /^ (?:groep|group|behalve|except|but|buiten|uitgezonderd)(?= |$)/,
};

const scope = (fact: Rule['fact'], value: string, source: string, extra: Partial<Rule> = {}): Rule => ({
  fact,
  re: words(source),
  value,
  negation: 'strict',
  ...extra,
});

/** "heeft al meerdere telefoons ingeschreven": devices the user has, not devices with the problem. */
const OWNED_BEFORE =
  /(?:^| )(?:al|already|heeft|has|have|heb|hebben|ingeschreven|enrolled|registered|geregistreerd)(?: [^ |]+)?$/;
const OWNED_AFTER = /^(?: [^ |]+){0,3} (?:ingeschreven|enrolled|geregistreerd|registered|in intune|groep|group)(?= |$)/;

export const SCOPE_RULES: readonly Rule[] = [
  scope(
    'users-affected',
    'all',
    `${ALL}${BETWEEN} (?:${USERS})|iedereen|everyone|everybody|iedere gebruiker|elke gebruiker|every user|each user|(?:de |het )?hele (?:organisatie|bedrijf|afdeling|tenant|school)|(?:the )?(?:whole|entire) (?:company|organi[sz]ation|department|tenant|school)`,
    { needsFailure: true, ...ASSIGNMENT },
  ),
  scope(
    'users-affected',
    'some',
    `${SOME}${BETWEEN} (?:${USERS})|(?:\\d+|twee|drie|vier|vijf|two|three|four|five) (?:van de|van onze|of the|of our) (?:\\d+ )?(?:${USERS})`,
    { needsFailure: true, notBefore: /(?:^| )een$/ },
  ),
  scope(
    'users-affected',
    'one',
    [
      'alleen (?:ik|mij|mijzelf|bij mij|mijn account|mijn gebruiker|deze gebruiker|deze collega|hij|zij|hem|haar)',
      '(?:only|just) (?:me|i|myself|for me|mine|my account|my user|this user|this colleague|him|her)',
      "niemand anders|nobody else|no one else|no other (?:users|people|colleagues)|geen andere (?:gebruikers|collega's|collegas|mensen|medewerkers)",
    ].join('|'),
    { notAfter: WORKS_AFTER },
  ),
  scope(
    'users-affected',
    'one',
    '(?:iedereen|everyone|everybody) (?:behalve|except|buiten) (?:mij|me|ik|myself|mijzelf|hem|haar|him|her)',
  ),
  scope(
    'users-affected',
    'one',
    'bij mij|1 (?:gebruiker|user|collega|colleague|persoon|person|medewerker|employee)|een enkele (?:gebruiker|collega|medewerker)|(?:a single|single|one|one single) (?:user|colleague|person|employee)',
    { needsFailure: true, notAfter: /^ (?:ook|en|wel|as well|too|and)(?= |$)/ },
  ),
  scope(
    'devices-affected',
    'all',
    `${ALL}${BETWEEN} (?:${DEVICES})|(?:elk|ieder|elke|iedere|every|each) (?:${SINGLE_DEVICE})`,
    { needsFailure: true, notBefore: new RegExp(`${OWNED_BEFORE.source}|(?:^| )(?:to|aan)$`), notAfter: OWNED_AFTER },
  ),
  scope('devices-affected', 'some', `${SOME}${BETWEEN} (?:${DEVICES})`, {
    needsFailure: true,
    notBefore: new RegExp(`${OWNED_BEFORE.source}|(?:^| )een$`),
    notAfter: OWNED_AFTER,
  }),
  scope(
    'devices-affected',
    'one',
    [
      `alleen (?:op |bij |met )?(?:deze|dit|mijn|mn|die|dat|haar|zijn) (?:${SINGLE_DEVICE})`,
      `(?:only|just) (?:on |with )?(?:this|that|my) (?:${SINGLE_DEVICE})|just this one|only this one|een enkel (?:${SINGLE_DEVICE})`,
      `(?:a single|single) (?:${SINGLE_DEVICE})|geen andere (?:apparaten|laptops|telefoons|toestellen|pc's|computers|devices)|no other (?:devices|laptops|phones|pcs|computers|machines)`,
    ].join('|'),
    { needsFailure: true, notAfter: WORKS_AFTER },
  ),
  scope('devices-affected', 'one', `(?:1|one|only 1|only one|slechts 1|maar 1) (?:${SINGLE_DEVICE})`, {
    needsFailure: true,
    notBefore: /(?:^| )(?:al|already|heb|have|has|heeft|hebben|limiet|limit|max|maximum|maximaal|van|of)$/,
    notAfter: /^ (?:ingeschreven|enrolled|geregistreerd|registered|per)(?= |$)/,
  }),
];

const ENROLLED =
  "ingeschreven|enrolled|geregistreerd|registered|gekoppeld|in intune|op (?:mijn|zijn|haar|mn|zn|z'n|m'n|hun) naam";
const count = (m: RegExpExecArray): string | undefined => {
  const n = parseCount(m[1] ?? '');
  return n !== undefined && n < 1000 ? String(n) : undefined;
};
const NOT_OWNED =
  /^ (?:geprobeerd|tried|getest|tested|gereset|reset|opnieuw|proberen|kapot|broken|die niet|that)(?= |$)/;
const NOT_ONE = /^(?:een|one) /;

export const COUNT_RULES: readonly Rule[] = [
  {
    fact: 'enrolled-devices',
    re: words(
      `(?:al|reeds|already|nu|now|currently|momenteel|inmiddels)(?: (?:er|in totaal|in total|maar liefst|ruim))? (${COUNT}) (?:${DEVICES})`,
    ),
    value: count,
    notAfter: NOT_OWNED,
  },
  { fact: 'enrolled-devices', re: words(`(?:al|reeds|already) (${COUNT}) (?:${ENROLLED})`), value: count },
  {
    fact: 'enrolled-devices',
    re: words(`(${COUNT}) (?:${DEVICES})(?: (?:al|already|reeds|staan|zijn|are|is|has|have)){0,4} (?:${ENROLLED})`),
    value: count,
    reject: NOT_ONE,
  },
  {
    fact: 'enrolled-devices',
    re: words(`(?:ingeschreven|enrolled|geregistreerd|registered) (${COUNT}) (?:${DEVICES})`),
    value: count,
  },
  {
    fact: 'enrolled-devices',
    re: words(`(${COUNT}) (?:ingeschreven|geregistreerde|enrolled|registered) (?:${DEVICES})`),
    value: count,
    reject: NOT_ONE,
  },
];
