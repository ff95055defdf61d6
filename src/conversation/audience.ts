import type { Audience } from '../core/kb/schema.js';

/** How people start saying what they are: "ik ben (van) …", "I'm (from) …", "ik werk bij …", "I work in …". */
const SUBJECTS = [
  'ik ben',
  'ik werk bij',
  'ik werk in',
  'ik werk op',
  'i am',
  'i m',
  'im',
  'i work in',
  'i work for',
  'i work at',
];
/** Words between the subject and the role that change nothing ("ik ben een gewone gebruiker", "I'm just a user"). */
const FILLER = new Set([
  'een',
  'de',
  'het',
  'van',
  'gewoon',
  'maar',
  'gewone',
  'a',
  'an',
  'the',
  'from',
  'just',
  'only',
  'on',
  'in',
  'normal',
  'regular',
  'team',
]);
const NEGATIONS = new Set(['geen', 'niet', 'not', 'no']);
const IT = new Set([
  'it',
  'ict',
  'admin',
  'beheer',
  'beheerder',
  'administrator',
  'sysadmin',
  'systeembeheerder',
  'helpdesk',
  'servicedesk',
  'support',
  'it admin',
  'it afdeling',
  'it department',
  'it medewerker',
  'it beheerder',
  'intune admin',
]);
const USER = new Set([
  'gebruiker',
  'eindgebruiker',
  'medewerker',
  'werknemer',
  'user',
  'end user',
  'enduser',
  'employee',
]);

/**
 * Who the writer says they are, from a short normalised message ("ik ben van it", "i m an end user", "ik ben geen
 * beheerder"), or undefined when it says no such thing. Saying one is not IT makes one an end user.
 */
export function audienceClaim(said: string): Audience | undefined {
  const subject = SUBJECTS.find((s) => said === s || said.startsWith(`${s} `));
  if (!subject) return undefined;
  const words = said.slice(subject.length).split(' ').filter(Boolean);
  const negated = words.some((w) => NEGATIONS.has(w));
  const role = words.filter((w) => !FILLER.has(w) && !NEGATIONS.has(w)).join(' ');
  if (IT.has(role)) return negated ? 'user' : 'it';
  if (USER.has(role) && !negated) return 'user';
  return undefined;
}

export interface AudienceSigns {
  /** What the person said they are, earlier in any conversation. */
  declared?: Audience;
  /** Listed in HELPDESK_AGENTS. */
  agent: boolean;
  /** Writing in the registered helpdesk channel. */
  inHelpdeskChannel: boolean;
}

/** IT staff are the agents and whoever writes in the helpdesk channel; what a person says of themselves wins. */
export function decideAudience({ declared, agent, inHelpdeskChannel }: AudienceSigns): Audience {
  return declared ?? (agent || inHelpdeskChannel ? 'it' : 'user');
}
