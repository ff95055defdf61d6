import { normalize } from '../core/text/normalize.js';
import { audienceClaim } from './audience.js';

export type Command =
  | 'help'
  | 'cancel'
  | 'restart'
  | 'other'
  | 'greeting'
  | 'thanks'
  | 'my-tickets'
  | 'handoff'
  | 'register-helpdesk'
  | 'i-am-it'
  | 'i-am-user';

/** What people type for each command, Dutch and English, after normalising (lower case, no accents or punctuation). */
const PHRASES: Record<Command, readonly string[]> = {
  help: [
    'help',
    'hulp',
    'helpen',
    'wat kan je',
    'wat kun je',
    'wat kan jij',
    'what can you do',
    'how does this work',
    'hoe werkt dit',
    'menu',
    'commands',
    'commandos',
    'uitleg',
  ],
  cancel: [
    'cancel',
    'stop',
    'stoppen',
    'annuleren',
    'annuleer',
    'laat maar',
    'never mind',
    'nevermind',
    'quit',
    'afbreken',
    'exit',
  ],
  restart: [
    'restart',
    'opnieuw',
    'begin opnieuw',
    'opnieuw beginnen',
    'start over',
    'reset',
    'start opnieuw',
    'herstart',
  ],
  other: [
    'iets anders',
    'something else',
    'ander probleem',
    'other problem',
    'another problem',
    'een ander probleem',
    'nieuw probleem',
    'new problem',
  ],
  greeting: [
    'hoi',
    'hallo',
    'hey',
    'hi',
    'hello',
    'goedemorgen',
    'goedemiddag',
    'goedenavond',
    'good morning',
    'good afternoon',
    'good evening',
    'yo',
    'hoihoi',
    'dag',
    'hai',
    'heey',
    'test',
    'testing',
    'ping',
  ],
  thanks: [
    'bedankt',
    'dank je',
    'dankjewel',
    'dank u',
    'dank u wel',
    'thanks',
    'thank you',
    'thx',
    'tnx',
    'top bedankt',
    'super bedankt',
    'thanks a lot',
    'merci',
    'cheers',
    'fijn',
    'top',
  ],
  'my-tickets': [
    'mijn tickets',
    'my tickets',
    'mijn meldingen',
    'tickets',
    'status ticket',
    'ticket status',
    'mijn ticket',
    'my ticket',
  ],
  handoff: [
    'medewerker',
    'een medewerker',
    'mens',
    'human',
    'agent',
    'escalate',
    'escaleren',
    'helpdesk',
    'servicedesk',
    'echt persoon',
    'real person',
    'talk to a human',
    'spreek een medewerker',
    'ik wil een medewerker',
    'menselijke hulp',
  ],
  'register-helpdesk': ['registreer helpdesk', 'register helpdesk', 'registreer als helpdesk', 'register as helpdesk'],
  // sentences, read by audienceClaim
  'i-am-it': [],
  'i-am-user': [],
};

const LOOKUP = new Map<string, Command>(
  (Object.entries(PHRASES) as [Command, readonly string[]][]).flatMap(([command, phrases]) =>
    phrases.map((p) => [p, command] as const),
  ),
);

/**
 * Asking for a person in a sentence: "ik wil een medewerker spreken", "kan ik iemand van de helpdesk bellen",
 * "I want to talk to a human", "can I speak to someone". Only in a short message: a report that mentions the
 * helpdesk is still a report.
 */
const ASK_FOR_PERSON = [
  /\b(?:medewerker|mens|iemand|persoon|collega|helpdesk|servicedesk)\b.{0,40}\b(?:spreken|praten|bellen|chatten|hebben|contact)\b/,
  /\b(?:spreken|praten|bellen|chatten|contact)\b.{0,30}\b(?:met|naar) (?:een |de |iemand )?(?:medewerker|mens|iemand|persoon|helpdesk|servicedesk)\b/,
  /\b(?:doorverbinden|doorzetten|overdragen|escaleren) (?:naar|aan) (?:een |de )?(?:medewerker|mens|helpdesk|servicedesk)\b/,
  /\b(?:talk|speak|chat|get through)\b.{0,10}\b(?:to|with)\b.{0,20}\b(?:human|person|agent|someone|somebody|people|helpdesk|service ?desk|support|technician)\b/,
  /\b(?:want|need|get|give me|connect me (?:to|with)|transfer me to)\b.{0,10}\b(?:a |an )?(?:human|real person|agent|technician|helpdesk|service ?desk)\b/,
  /\b(?:escalate|hand (?:this|it) (?:over|off)|pass (?:this|it) on)\b.{0,20}\b(?:to|with)\b.{0,20}\b(?:human|person|agent|helpdesk|service ?desk|support)\b/,
];
const MAX_PERSON_ASK = 80;

/** The command a whole message is, or undefined for anything else (a problem, an answer). */
export function readCommand(text: string): Command | undefined {
  const said = normalize(text)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (said.length <= MAX_PERSON_ASK && !/\d{4,}/.test(said) && ASK_FOR_PERSON.some((p) => p.test(said)))
    return 'handoff';
  const claim = said.length <= MAX_PERSON_ASK ? audienceClaim(said) : undefined;
  if (claim) return claim === 'it' ? 'i-am-it' : 'i-am-user';
  if (said.length > 40) return undefined;
  return (
    LOOKUP.get(said) ??
    LOOKUP.get(
      said
        .replace(/^(?:bot|helpdesk bot|please|pls|graag|aub|ok|oke) /, '')
        .replace(/ (?:aub|pls|please|graag|bot)$/, ''),
    )
  );
}

/** "vergeet HD-1001" / "forget HD-1001": the ticket whose learned words an agent takes back, or undefined. */
export function readForget(text: string): string | undefined {
  const match = /^(?:vergeet|forget) +(hd-\d{1,9})[.!]?$/i.exec(text.trim().replace(/\s+/g, ' '));
  return match?.[1]?.toUpperCase();
}
