import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';

/**
 * Word starts that place a message in this bot's domain (device enrollment, Intune, Azure AD / Entra join), Dutch and
 * English. A message without any of them and without an error code gets no answer: better no match than a wrong one
 * for "Outlook won't open" or "wifi valt weg".
 */
const DOMAIN_PREFIXES = [
  'inschrijv',
  'inschrijf',
  'apparat',
  'gemachtigd',
  'bevoegd',
  'ingeschrev',
  'uitgeschrev',
  'enrol',
  'unenrol',
  'regist',
  'geregistr',
  'aanmeld',
  'intune',
  'endpoint',
  'autopilot',
  'mdm',
  'aad',
  'azuread',
  'azure',
  'entra',
  'join',
  'gejoin',
  'koppel',
  'gekoppeld',
  'hybrid',
  'hybride',
  'dsregcmd',
  'dsreg',
  'tpm',
  'scp',
  'bedrijfsportal',
  'companyportal',
  'apns',
  'vpp',
  'dep',
  'ade',
  'abm',
  'oobe',
  'esp',
  'provisioning',
  'inrichting',
  'ppkg',
  'sysprep',
  'prt',
  'wamdefault',
  'domainjoined',
  'workplacejoined',
  'azureadjoined',
  'azureadprt',
  'apparaatlimiet',
  'apparaatbeperking',
  'inschrijvingsbeperking',
  'drs',
  'adfs',
  'federat',
  'federatie',
  'wstrust',
  'trust',
  'pending',
  'werkaccount',
  'schoolaccount',
  'workaccount',
  'inchecken',
  'checkin',
  'incheck',
  'beheerprofiel',
  'managementprofiel',
  'configuratieprofiel',
  'profielinstallatie',
  'gebruiksvoorwaarden',
  'termsofuse',
  'tenant',
  'clientsoftware',
  'pcagent',
  'agent',
  'enterprisemgmt',
  'gpo',
  'onboard',
  'devicecap',
  'devicetype',
  'seats',
  'onderhoudsmodus',
  'maintenance',
  'samsung',
  'knox',
  'smartmanager',
  'accountcert',
  'certificaatbestand',
  'apparaat',
  'device',
  'toestel',
  'werkplek',
  'adconnect',
  'aadconnect',
  'ad',
  'domein',
  'domain',
  'directory',
  'kiosk',
  'selfdeploy',
  'whiteglove',
  'preprovision',
  'deployment',
  'inschrijvingsstatus',
  'statuspagina',
  'beheer',
  'managed',
  'management',
  'vm',
  'virtuele',
  'virtual',
  'serienummer',
  'serial',
  'mmc',
  'regedit',
  'registersleutel',
  'onlinemanagement',
  'installatiepakket',
  'eventviewer',
  'logboek',
  'gebeurtenis',
  'connect',
  'wininet',
  'proxy',
  'fips',
  'ngc',
  'voorwaardelijk',
  'instellen',
  'setup',
  'configurat',
  'conditional',
  'gebruikersgroep',
  'beveiligingsgroep',
  'usergroup',
  'securitygroup',
];

/**
 * Devices and platforms: the subject of most problems here, but also of every other IT question ("teams crasht op
 * mijn iPhone"), so they are told apart from the domain words.
 */
const DEVICE_PREFIXES = [
  'android',
  'samsung',
  'galaxy',
  'iphone',
  'ipad',
  'ios',
  'macbook',
  'macos',
  'imac',
  'windows',
  'win10',
  'win11',
  'laptop',
  'pc',
  'surface',
  'telefoon',
  'phone',
  'smartphone',
  'tablet',
];

/** Words starting with one of the prefixes; a prefix of two letters must be the whole word ("ad", not "advies"). */
function prefixPattern(prefixes: readonly string[]): RegExp {
  const long = prefixes.filter((p) => p.length >= 3);
  const short = prefixes.filter((p) => p.length < 3);
  return new RegExp(`^(?:${long.join('|')})|^(?:${short.join('|') || '(?!)'})$`);
}
const DOMAIN = prefixPattern(DOMAIN_PREFIXES);
const DEVICE = prefixPattern(DEVICE_PREFIXES);

/** The message's words about this bot's subject: enrollment and join words, and the devices it names. */
export interface TopicWords {
  /** Enrollment words; both words of a pair that is one only together ("company portal"). */
  domain: Set<string>;
  devices: Set<string>;
}

export function topicWords(text: string): TopicWords {
  const words = tokenize(normalize(text.length > 20_000 ? text.slice(0, 20_000) : text));
  const domain = new Set<string>();
  const devices = new Set<string>();
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (joinsACall(words, i)) return;
    if (DOMAIN.test(word)) domain.add(word);
    else if (next !== undefined && DOMAIN.test(word + next)) domain.add(word).add(next);
    if (DEVICE.test(word)) devices.add(word);
  });
  return { domain, devices };
}

const CALL = /^(?:meeting|meetings|call|calls|vergadering|gesprek|teams|zoom|webinar|sessie|session)$/;
const ARTICLE = /^(?:a|an|the|my|this|de|het|een|mijn|die|deze)$/;

/** "join a meeting", "joinen van de call": joining a call, not a directory. */
function joinsACall(words: readonly string[], i: number): boolean {
  if (!(words[i] ?? '').startsWith('join')) return false;
  const next = words[i + 1] ?? '';
  return CALL.test(next) || (ARTICLE.test(next) && CALL.test(words[i + 2] ?? ''));
}
