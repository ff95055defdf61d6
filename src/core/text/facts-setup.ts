import { keyed, NOT_KEY, words, type Rule } from './facts-engine.js';

const method = (value: string, source: string, extra: Partial<Rule> = {}): Rule => ({
  fact: 'enrollment-method',
  re: words(source),
  value,
  ...extra,
});
const OWN =
  '(?:telefoon|telefoons|toestel|toestellen|apparaat|apparaten|device|devices|laptop|laptops|mobiel|mobieltje|phone|phones|iphone|ipad|tablet|mobile|pc|computer)';

export const METHOD_RULES: readonly Rule[] = [
  method('autopilot', 'auto ?pilot\\S*'),
  method(
    'gpo',
    "gpo|gpo's|groepsbeleid\\S*|group polic(?:y|ies)|auto ?enroll(?:ment|ed)?|auto mdm enroll\\S*|automatische (?:mdm )?inschrijving|automatic (?:mdm )?enrollment",
  ),
  method(
    'byod',
    `bedrijfsportal\\S*|company ?portal|byod|(?:eigen|prive|privee|personal|personally owned|own|private) ${OWN}|privetelefoon|privelaptop`,
  ),
  method('ade', 'dep|ade|abm|apple (?:business|school) manager|automated device enrollment|device enrollment program'),
  method(
    'bulk',
    'ppkg|provisioning ?packages?|provisioningpakket\\S*|inrichtingspakket\\S*|bulkinschrijving|bulk(?: enrollment| inschrijving| enroll| token)?|windows configuration designer',
    { notAfter: /^ (?:import|delete|verwijder\S*|actie\S*|action\S*|export|upload)(?= |$)/ },
  ),
  method('hybrid-join', 'hybride?(?: azure)?(?: ad| entra(?: id)?)? (?:join\\S*|koppeling|deelname)|haadj'),
  method('hybrid-join', 'hybride?', {
    notAfter: /^ (?:werk\S*|work\S*|vergader\S*|meeting\S*|identity|identiteit|azure|ad|entra)(?= |$)/,
  }),
  method('co-management', 'co ?management|co ?managed|co ?beheer|cobeheer'),
];

const MDM = 'mdm ?(?:authority|instantie|autoriteit|beheerinstantie)';
const MDM_VALUE =
  '(microsoft intune|intune standalone|intune|configuration manager|config manager|configmgr|sccm|mecm|co management|none|geen|not set|niet ingesteld|niet gedefinieerd|undefined)';
const mdmValue = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined;
  if (text.includes('intune')) return 'intune';
  return /^(?:none|geen|not set|niet ingesteld|niet gedefinieerd|undefined)$/.test(text) ? 'none' : 'configmgr';
};

export const MDM_RULES: readonly Rule[] = [
  {
    fact: 'mdm-authority',
    re: words(
      `${MDM}(?: (?:van|of|voor|for) (?:de|the|onze|our) tenant)?(?: (?::|is|staat|was|set to|ingesteld op|op|to|al|already|nu|now|de|the|nog|still)){0,4} ${MDM_VALUE}`,
    ),
    value: (m) => mdmValue(m[1]),
  },
  {
    fact: 'mdm-authority',
    re: words(`(intune|configuration manager|configmgr|sccm|mecm) (?:is|als|as) (?:de |the |onze |our )?${MDM}`),
    value: (m) => mdmValue(m[1]),
  },
  {
    fact: 'mdm-authority',
    re: words(
      `(?:geen|no) ${MDM}|${MDM}(?: (?:is|was|staat))? (?:not set|niet ingesteld|niet gedefinieerd|not configured|niet geconfigureerd|leeg|empty)`,
    ),
    value: 'none',
    negation: 'ignore',
  },
];

const PHASE =
  'pre ?check|discover|discovery|detectie|auth|authentication|authenticatie|verificatie|join|joining|deelname';
const phase = (word: string | undefined): string | undefined => {
  if (word === undefined) return undefined;
  if (word.startsWith('pre')) return 'precheck';
  if (word.startsWith('disc') || word === 'detectie') return 'discover';
  if (word.startsWith('auth') || word === 'verificatie') return 'auth';
  return 'join';
};

export const PHASE_RULES: readonly Rule[] = [
  {
    fact: 'error-phase',
    re: words(`(?:error ?phase|fout ?fase|fase|phase)(?: :)? (${PHASE})`),
    value: (m) => phase(m[1]),
  },
  { fact: 'error-phase', re: words(`(${PHASE}) ?(?:fase|phase)`), value: (m) => phase(m[1]) },
  {
    fact: 'error-phase',
    re: words('(?:during|tijdens|bij|in|at) (?:de |the )?(discovery|discover)'),
    value: 'discover',
  },
];

const yesNo = (fact: Rule['fact'], source: string, extra: Partial<Rule> = {}): Rule => ({
  fact,
  re: words(source),
  value: 'yes',
  negated: 'no',
  ...extra,
});

export const NETWORK_RULES: readonly Rule[] = [
  yesNo('proxy', "proxy|proxys|proxy's|proxies|proxyserver\\S*|webproxy|winhttp proxy", {
    notAfter: /^(?: :| (?:instellingen|settings|configuratie|config|check\S*|gecontroleerd|checked)(?= |$))/,
    offAfter: true,
  }),
  yesNo(
    'proxy',
    'zscaler|netskope|bluecoat|blue coat|forcepoint|ssl ?(?:inspect\\S*|inspectie|decrypt\\S*|interception|onderschepping|break\\S*)|(?:tls|https) ?inspect\\S*|pac ?(?:file|bestand)|wpad',
    { offAfter: true },
  ),
  keyed('proxy', 'proxy'),
  yesNo(
    'federated-domain',
    'ad fs|adfs|federatief|federatieve|gefedereerd\\S*|federated|federation|federatie|ping ?federate|pingfederate',
    {
      notAfter: NOT_KEY,
    },
  ),
  {
    fact: 'federated-domain',
    re: words(
      'managed (?:domain|domein)|beheerd domein|beheerde domein|password hash sync\\S*|wachtwoord ?hash ?sync\\S*|wachtwoordhashsynchronisatie|phs|pass ?through (?:authentication|auth|verificatie)|passthrough authentication|pta|cloud ?only',
    ),
    value: 'no',
  },
  keyed('federated-domain', 'ad fs|adfs|federatief|federated'),
];

const WORK_ACCOUNT =
  '(?:werk|work|school|zakelijk|zakelijke|organisatie|organization|organisation|bedrijfs|company|corporate)(?: (?:of|or|en|and) (?:werk|work|school))? ?accounts?';

export const ACCOUNT_RULES: readonly Rule[] = [
  yesNo(
    'intune-pc-agent',
    '(?:intune )?pc ?(?:agent|client)|(?:intune )?client ?software|intune (?:software )?client|(?:oude|oudere|legacy|old|klassieke|classic) intune (?:agent|client|software)',
    {
      notAfter: /^ (?:app|apps)(?= |$)|^(?: [^ |]+){0,2} (?:install(?!ed)\S*|installeren|installatie\S*|setup)(?= |$)/,
      notBefore: /(?:^| )(?:(?:re|her|de)?install(?!ed)\S*|setup)(?: [^ |]+){0,2}$/,
      offAfter: true,
    },
  ),
  yesNo(
    'other-work-account',
    [
      `(?:ander|andere|tweede|extra|bestaand|bestaande|another|other|second|additional|existing|different|2e|twee|two|2|meerdere|multiple) ${WORK_ACCOUNT}`,
      `(?:al|already|reeds) (?:een |a |an )?(?:ander |andere |another |other )?${WORK_ACCOUNT}`,
      `${WORK_ACCOUNT} (?:van|from|of) (?:een |an |the )?(?:ander|andere|another|other|different|vorige|previous|oude|old|former) (?:bedrijf|organisatie|tenant|company|organization|organisation|werkgever|employer|klant|customer)`,
    ].join('|'),
  ),
];
