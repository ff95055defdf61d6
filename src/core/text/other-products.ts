import { normalize } from './normalize.js';

/**
 * Other vendors' device-management products and the desktop tools whose errors look like ours (a password manager's
 * key-store error carries a TPM code). The five articles cover Intune, Entra ID / Azure AD and Windows join only.
 */
// prettier-ignore
const OTHER_MDM = [
  'jamf', 'kandji', 'mosyle', 'airwatch', 'workspace one', 'mobileiron', 'ivanti', 'meraki', 'micromdm', 'nanomdm',
  'mdmctl', 'fleetdm', 'hexnode', 'manageengine', 'scalefusion', 'miradore', 'simplemdm', 'addigy', 'maas360',
  'sophos mobile', 'google endpoint management',
];
/** Tools that are never part of an enrollment: their errors are theirs. */
const TOOLS = ['keepass', 'keepassxc', 'bitwarden', 'lastpass', '1password', 'dashlane'];
/**
 * A device that was in another MDM before is our problem (the profile won't install until it is released): the other
 * product named in the past tense doesn't make the message another vendor's.
 */
const PAST =
  /(?<![a-z])(?:previously|before|used to|was (?:managed|enrolled|in)|formerly|old|migrat\w*|switch\w*|moved? from|eerder|vroeger|voorheen|oude?|vorige|zat (?:nog )?in|overgestapt|overstap\w*|gemigreerd)(?![a-z])/;
/** The products the articles are about: a message naming one of them is ours, whatever else it names. */
// prettier-ignore
const OURS = [
  'intune', 'endpoint manager', 'company portal', 'bedrijfsportal', 'azure ad', 'azuread', 'aad', 'entra',
  'autopilot', 'hybrid', 'dsregcmd', 'workplace join',
];

/**
 * Topics next to enrollment that the articles don't cover: multi-factor sign-in and its policy, importing Autopilot
 * hardware hashes. A problem that also shows an error the articles know is still ours (the caller decides).
 */
// prettier-ignore
const OTHER_TOPICS = [
  'mfa', 'multi-factor', 'multifactor', 'meervoudige verificatie', 'number matching', 'hardware ?-?hash\\w*',
  'hash\\w* (?:import\\w*|uploaden|upload\\w*)', '(?:import\\w*|upload\\w*) (?:the |de |het )?(?:hardware )?hash\\w*',
];

const words = (list: readonly string[]): RegExp => new RegExp(`(?<![a-z0-9])(?:${list.join('|')})(?![a-z0-9])`);
const OTHER_MDM_RE = words(OTHER_MDM);
const TOOLS_RE = words(TOOLS);
const OURS_RE = words(OURS);
const OTHER_TOPICS_RE = words(OTHER_TOPICS);

/** The message is about another vendor's product (in use now, not the one the device left) and names none of ours. */
export function namesOtherProduct(text: string): boolean {
  const t = normalize(text.length > 20_000 ? text.slice(0, 20_000) : text);
  if (OURS_RE.test(t)) return false;
  return TOOLS_RE.test(t) || (OTHER_MDM_RE.test(t) && !PAST.test(t));
}

/** The message is about a neighbouring topic the articles don't cover (MFA, importing hardware hashes). */
export function namesOtherTopic(text: string): boolean {
  return OTHER_TOPICS_RE.test(normalize(text.length > 20_000 ? text.slice(0, 20_000) : text));
}
