import { keyed, NOT_KEY, words, type Rule } from './facts-engine.js';

const rule = (fact: Rule['fact'], value: string | undefined, source: string, extra: Partial<Rule> = {}): Rule => ({
  fact,
  re: words(source),
  value,
  ...extra,
});

/** A Windows or Office licence is activation, not the Intune licence the question means. */
const LICENSE = "(?<!windows |windows 10 |windows 11 |office |product )(?:licenties?|licentie's|licen[cs]es?)";
const LICENSE_KIND =
  '(?:(?:intune|e3|e5|m365|microsoft 365|ms365|o365|office 365|ems|business premium|f1|f3|a1|a3|a5|geldige|valid|juiste|correct|right|actieve|active|volledige|full|goede|benodigde|required|nodige|eigen) ){0,3}';
const NOT_LICENSE_TALK =
  /^ (?:issue|issues|problem|problems|probleem|problemen|error|errors|fout|fouten|check|melding|type)(?= |$)/;
const ASSIGNED =
  'toegewezen|toegekend|assigned|actief|active|aanwezig|present|in orde|gekoppeld|given|gegeven|applied|geactiveerd|activated';

export const LICENSE_RULES: readonly Rule[] = [
  rule(
    'license-assigned',
    'yes',
    `(?:heeft|hebben|heb|had|has|have|got|gets|met|with|krijgt|kreeg|gekregen|received)(?: (?:een|a|an|de|the|al|already|wel|ook|also|zijn|his|her|haar|their|hun|nu|now|inmiddels|gewoon|just|all|alle)){0,4} ${LICENSE_KIND}${LICENSE}`,
    { negated: 'no', notAfter: NOT_LICENSE_TALK },
  ),
  rule(
    'license-assigned',
    'yes',
    `${LICENSE_KIND}${LICENSE}(?: (?:is|zijn|was|staat|staan|are|has been|have been|been|al|already|wel|ook|also|all|allemaal|inmiddels|gewoon|correct|netjes|properly|keurig)){0,4} (?:${ASSIGNED})`,
    { negated: 'no' },
  ),
  rule(
    'license-assigned',
    'yes',
    `(?:toegewezen|toegekend|assigned|given|gekregen|received) (?:een |a |an |de |the )?${LICENSE_KIND}${LICENSE}`,
    {
      negated: 'no',
      notAfter: NOT_LICENSE_TALK,
    },
  ),
  rule('license-assigned', 'yes', 'gelicentieerd|gelicenseerd|licensed', { negated: 'no' }),
  rule(
    'license-assigned',
    'no',
    `unlicensed|ongelicentieerd|(?:zonder|without|geen|no|missing|lacks?|mist|ontbrekende|missende) (?:een |a |an |the |de |any |enige )?${LICENSE_KIND}${LICENSE}`,
    { negation: 'ignore', notAfter: NOT_LICENSE_TALK },
  ),
  rule(
    'license-assigned',
    'no',
    `${LICENSE}(?: [^ |]+){0,3} (?:niet|not|nog niet|not yet|never) (?:${ASSIGNED})|${LICENSE}(?: [^ |]+){0,4} (?:ontbreekt|ontbreken|missing|verlopen|expired|vervallen|ingetrokken|revoked|removed|verwijderd|kwijt)`,
    { negation: 'ignore' },
  ),
  keyed('license-assigned', 'licentie|license|licence|intune licentie|intune license'),
];

const TPM_VERSION = (word: string | undefined): string | undefined =>
  word === undefined ? undefined : word === '1.2' ? '1.2' : '2.0';
/** "Autopilot vereist TPM 2.0" is a requirement, not this device's chip. */
const REQUIREMENT =
  /(?:^| )(?:vereist\S*|vereisen|required|requires|require|requirement\S*|nodig|need|needs|minimaal|minimum|at least|minstens|moet|must|should|ondersteund|supported)(?= |$)/;

export const TPM_RULES: readonly Rule[] = [
  {
    fact: 'tpm-version',
    re: words(
      '(?:tpm|tpm ?chip|tpm module)(?: (?:versie|version|spec(?:ification)? ?version|specversion|specificatieversie))?(?: (?::|is|=))? v?(2\\.0|2|1\\.2)|(?:tpm|tpm ?chip|tpm module) v(2\\.0|2|1\\.2)|tpmv?(2\\.0|2|1\\.2)|(2\\.0|1\\.2) tpm',
    ),
    value: (m) => TPM_VERSION(m[1] ?? m[2] ?? m[3] ?? m[4]),
    notIn: REQUIREMENT,
  },
  rule('tpm-version', 'none', '(?:geen|no|zonder|without) (?:een |a )?(?:tpm|tpm ?chip|tpm module)(?! ?v?[12])', {
    negation: 'ignore',
  }),
  rule(
    'tpm-version',
    'none',
    '(?:tpm|tpm ?chip)(?: (?:is|was|wordt))? (?:ontbreekt|missing|not found|not present|not available|not detected|niet gevonden|niet aanwezig|niet beschikbaar|niet gedetecteerd|absent)',
    { negation: 'ignore' },
  ),
  rule('tpm-version', undefined, '(?:heeft|has|have|had|with|met) (?:een |a )?tpm(?! ?v?[12]| :)', { negated: 'none' }),
];

/** "it looks like a virtual machine (it's a real one)": what the device claims is no fact. */
const CLAIMED =
  /(?:^| )(?:lijkt|looks|seems|detected|gedetecteerd|herkend|gezien|seen|thinks|denkt|zegt|says|alsof|as if|treated|behandeld|identified|reported|appears|klaagt)(?: [^ |]+){0,4}$/;

export const VM_RULES: readonly Rule[] = [
  rule(
    'virtual-machine',
    'yes',
    "vm|vm's|vms|virtuele (?:machine|machines|pc|omgeving)|virtual (?:machine|machines|pc|box|environment)|virtualbox|hyper v|hyperv|vmware\\S*|parallels|azure vm|gevirtualiseerd|virtualized|virtualised",
    { negated: 'no', notBefore: CLAIMED, notAfter: NOT_KEY },
  ),
  rule(
    'virtual-machine',
    'no',
    '(?:echte|echt|fysieke|fysiek|physical|real|bare metal) (?:machine|machines|apparaat|apparaten|device|devices|laptop|laptops|computer|pc|macbook|mac|one|toestel|desktop|hardware|server|surface|iphone|ipad)|bare metal|fysieke hardware',
    { negated: 'yes' },
  ),
  keyed('virtual-machine', 'vm|virtuele machine|virtual machine'),
];

const CLOCK =
  '(?:datum|tijd|datum en tijd|datum tijd|tijd en datum|klok|tijdzone|systeemtijd|systeemklok|systeemdatum|date|time|date and time|clock|time ?zone|timezone|system time|system clock|system date)';
const WRONG_WORDS = /(?:^| )(?:niet|not|geen|no|wrong|verkeerd\S*|fout|incorrect)(?= |$)/;

export const CLOCK_RULES: readonly Rule[] = [
  rule(
    'device-datetime-correct',
    'no',
    [
      'verkeerde (?:datum|tijd|tijdzone|klok|datum en tijd|systeemtijd)',
      '(?:wrong|incorrect|bad|outdated) (?:date|time|clock|time ?zone|timezone|date and time|system time)',
      `${CLOCK}(?: [^ |]+){0,3} (?:klopt|kloppen|klopte|klopten) niet`,
      `${CLOCK}(?: [^ |]+){0,3} (?:staat|stond|staan|is|was) (?:verkeerd|fout|niet goed|niet juist|scheef|verkeerd ingesteld)`,
      `${CLOCK}(?: [^ |]+){0,3} (?:is|are|was|were) (?:wrong|incorrect|off|behind|ahead|out of sync|not correct|not right|set wrong|in the past)`,
      'klok (?:loopt|liep|staat|stond)(?: [^ |]+){0,3} (?:achter|voor|verkeerd|fout|niet goed|niet gelijk)',
      'clock(?: [^ |]+){0,3} (?:behind|ahead|skewed|drifting|wrong)|clock skew|time skew|tijdsverschil',
      '(?:19|20)\\d\\d (?:in plaats van|instead of|ipv|rather than) (?:19|20)\\d\\d',
    ].join('|'),
  ),
  rule(
    'device-datetime-correct',
    'yes',
    `${CLOCK}(?: [^ |]+){0,3} (?:klopt|kloppen|klopte|staat goed|staan goed|is goed|zijn goed|is correct|zijn correct|is juist|zijn juist|gesynchroniseerd|synchroon)|${CLOCK}(?: [^ |]+){0,3} (?:is|are) (?:correct|right|fine|ok|okay|good|in sync|synced|accurate)`,
    { reject: WRONG_WORDS, notAfter: /^ (?:niet|not)(?= |$)/ },
  ),
];

/** Updates to an app, a BIOS or a policy are not Windows updates. */
const NOT_WINDOWS =
  /(?:^| )(?:app|apps|portal|bedrijfsportal|company|ios|android|iphone|ipad|macos|mac|authenticator|defender|definitions|definities|office|browser|edge|chrome|drivers?|stuurprogramma\S*|bios|firmware|antivirus|policy|policies|beleid|profiel|profile|article|artikel|agent|client|clientsoftware|software|pakket|package|installer|installatiepakket|setup|certificaat|certificate)(?= |$)/;

export const UPDATE_RULES: readonly Rule[] = [
  rule(
    'windows-updated',
    'yes',
    [
      'alle (?:windows )?updates (?:erop|er op|zijn geinstalleerd|geinstalleerd|staan erop|zijn erop|zitten erop|binnen|gedaan|uitgevoerd|zijn uitgevoerd)',
      'all (?:the )?(?:windows |latest )?updates (?:are |have been |were )?(?:installed|done|applied)',
      '(?:volledig|helemaal|compleet|fully|completely) (?:bijgewerkt|up to date|geupdate|geupdatet|geupdated|gepatcht|updated|patched)',
      'up to date|bijgewerkt tot (?:de )?laatste\\S*',
      '(?:laatste|nieuwste) (?:windows )?updates? (?:zijn |is |staan )?(?:erop|geinstalleerd|binnen)',
      '(?:latest|newest) (?:windows )?updates? (?:are |is |were )?installed|(?:has|have) (?:all )?(?:the )?latest (?:windows )?updates',
    ].join('|'),
    { negated: 'no', notIn: NOT_WINDOWS },
  ),
  rule('windows-updated', undefined, 'geupdate|geupdatet|geupdated|bijgewerkt|gepatcht|updated|patched', {
    negated: 'no',
    notIn: NOT_WINDOWS,
  }),
  rule(
    'windows-updated',
    'no',
    [
      'oude build|old build|oude windows ?(?:versie|build)|old windows (?:version|build)|outdated|verouderd\\S*|out of date',
      '(?:windows )?updates? (?:ontbreken|ontbreekt|missen|missing|achterstallig|pending|staan open)|openstaande updates|missing (?:windows )?updates',
      '(?:achter|behind) (?:met|op|on) (?:de |the )?updates|nooit (?:geupdate\\S*|bijgewerkt)|never (?:been )?updated',
      '(?:windows )?updates (?:zijn |are |were |waren )?(?:niet|not) (?:geinstalleerd|installed)',
      '(?:lang|lange tijd|maanden|months|jaren|years|weken|weeks) niet (?:geupdate\\S*|bijgewerkt)',
    ].join('|'),
    { negation: 'ignore', notIn: NOT_WINDOWS },
  ),
];

const WHEN =
  'gisteren|eergisteren|vandaag|vanochtend|vanmorgen|vanmiddag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vorige week|afgelopen week|vorige maand|het weekend|kort|een paar dagen|een week|\\d+ dagen|yesterday|today|this morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|last month|the weekend|a few days|\\d+ days';
const CHANGE =
  '(?:de |het |the )?(?:laatste |latest |last |recente |recent )?(?:windows )?(?:update|updates|upgrade|patch|wijziging|change|migratie|migration|reset)';
/** "niet meer" about enrolling or signing in, not about a licence or an agent that is gone. */
const DOING =
  /(?:^| )(?:werkt|werken|lukt|gaat|kan|kun|kunnen|wil|doet|inschrijven|inloggen|aanmelden|registreren|verbinden|koppelen|synchroniseren|sync\S*|work\S*|enroll\S*|regist\S*|sign\S*|log\S*|connect\S*|join\S*|can|can't|cannot|able)(?= |$)/;
const TRYING = /(?:^| )(?:probeer\S*|proberen|trying|tried|try|bezig|aan het)(?= |$)/;

export const HISTORY_RULES: readonly Rule[] = [
  rule('worked-before', 'yes', 'werkte(?: [^ |]+){0,3} (?:nog|wel|prima|goed|gewoon|altijd|eerst|eerder|vroeger)', {
    reject: /(?:^| )(?:nooit|never|niet|geen)(?= |$)/,
    notAfter: /^ (?:nooit|niet|never|geen)(?= |$)/,
  }),
  rule(
    'worked-before',
    'yes',
    'werkte (?:tot|until)|(?:heeft|had|hebben) (?:het )?(?:eerder|vroeger|altijd|eerst|al eens|ooit|wel) (?:wel |prima |goed )?gewerkt|is (?:eerder|vroeger|wel eens|al eens) gelukt',
  ),
  rule('worked-before', 'yes', 'niet meer|no longer|anymore|any more', {
    negation: 'ignore',
    notAfter: /^ (?:dan|nodig|zo|than)(?= |$)/,
    onlyIn: DOING,
  }),
  rule(
    'worked-before',
    'yes',
    'used to work|worked (?:fine |perfectly |well |ok |okay )?(?:before|previously|earlier|until|till|yesterday|last week|last month|for months|for years)|(?:was|were) working (?:fine |well )?(?:before|until|till|yesterday|last week)|(?:has|had|have) (?:always |previously )?worked|stopped (?:working|enrolling|syncing)',
  ),
  rule('worked-before', 'yes', `(?:sinds|since|vanaf) ${CHANGE}`, { needsFailure: true }),
  rule('worked-before', 'yes', `(?:sinds|since|vanaf) (?:${WHEN})`, { needsFailure: true, notIn: TRYING }),
  rule('worked-before', 'yes', 'opeens|ineens|plotseling|plots|suddenly|all of a sudden', {
    needsFailure: true,
    notIn: TRYING,
  }),
  rule(
    'worked-before',
    'no',
    "(?:nog )?nooit(?: [^ |]+){0,2} (?:gewerkt|gelukt|werkend|ingeschreven|geregistreerd|kunnen inschrijven|goed gegaan)|(?:werkte|lukte|werkt|lukt) (?:nog |ook )?nooit|never(?: [^ |]+){0,2} (?:worked|succeeded|able|enrolled|registered|managed|got it)|(?:hasn't|hasnt|haven't|havent|didn't|didnt) ever (?:worked|succeeded)",
    { negation: 'ignore' },
  ),
];
