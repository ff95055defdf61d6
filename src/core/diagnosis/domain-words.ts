import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';

/**
 * Word starts that place a message in this bot's domain (device enrollment, Intune, Azure AD / Entra join), Dutch and
 * English. A message without any of them and without an error code gets no answer: better no match than a wrong one
 * for "Outlook won't open" or "wifi valt weg".
 */
const DOMAIN_PREFIXES = [
  'inschrijv', 'inschrijf', 'apparat', 'gemachtigd', 'bevoegd', 'ingeschrev', 'uitgeschrev', 'enrol', 'unenrol', 'regist', 'geregistr', 'aanmeld',
  'intune', 'endpoint', 'autopilot', 'mdm', 'aad', 'azuread', 'azure', 'entra', 'join', 'gejoin', 'koppel', 'gekoppeld',
  'hybrid', 'hybride', 'dsregcmd', 'dsreg', 'tpm', 'scp', 'bedrijfsportal', 'companyportal', 'apns', 'vpp', 'dep',
  'ade', 'abm', 'oobe', 'esp', 'provisioning', 'inrichting', 'ppkg', 'sysprep', 'prt', 'wamdefault', 'domainjoined',
  'workplacejoined', 'azureadjoined', 'azureadprt', 'apparaatlimiet', 'apparaatbeperking', 'inschrijvingsbeperking',
  'drs', 'adfs', 'federat', 'federatie', 'wstrust', 'trust', 'pending', 'werkaccount', 'schoolaccount', 'workaccount',
  'inchecken', 'checkin', 'incheck', 'beheerprofiel', 'managementprofiel', 'configuratieprofiel', 'profielinstallatie',
  'gebruiksvoorwaarden', 'termsofuse', 'tenant', 'clientsoftware', 'pcagent', 'agent', 'enterprisemgmt', 'gpo',
  'onboard', 'devicecap', 'devicetype', 'seats',
  'onderhoudsmodus', 'maintenance', 'samsung', 'knox', 'smartmanager', 'accountcert', 'certificaatbestand', 'apparaat', 'device', 'toestel',
  'werkplek', 'adconnect', 'aadconnect', 'ad', 'domein', 'domain', 'directory', 'kiosk', 'selfdeploy', 'whiteglove',
  'preprovision', 'deployment', 'inschrijvingsstatus', 'statuspagina', 'beheer', 'managed',
  'management', 'vm', 'virtuele', 'virtual', 'serienummer', 'serial', 'mmc', 'regedit', 'registersleutel', 'onlinemanagement',
  'installatiepakket', 'eventviewer', 'logboek', 'gebeurtenis', 'connect', 'wininet', 'proxy', 'fips', 'ngc',
];

const TRIE = new Set(DOMAIN_PREFIXES);
const MAX_PREFIX = Math.max(...DOMAIN_PREFIXES.map((p) => p.length));

/** The message's words that belong to the domain. */
export function domainWords(text: string): string[] {
  const words = tokenize(normalize(text.length > 20_000 ? text.slice(0, 20_000) : text));
  const joined = words.map((w, i) => (i + 1 < words.length ? w + (words[i + 1] ?? '') : undefined));
  const found: string[] = [];
  for (const w of [...words, ...joined]) {
    if (w === undefined) continue;
    for (let n = Math.min(w.length, MAX_PREFIX); n >= 2; n--) {
      if (TRIE.has(w.slice(0, n)) && (n >= 3 || w.length === n)) {
        found.push(w);
        break;
      }
    }
  }
  return found;
}
