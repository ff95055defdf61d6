import type { Lang } from '../core/lang.js';

/**
 * The cards' own fixed labels. `{name}` is a placeholder the card builder fills. Every language has every key:
 * a missing translation is a type error.
 */
export interface CardLabels {
  // buttons on more than one card
  solved: string;
  notSolved: string;
  otherProblem: string;
  handoff: string;
  dontKnow: string;
  send: string;
  moreItems: string;

  // answer
  recognisedCodes: string;
  didYouMean: string;
  youWrote: string;
  likelyCause: string;
  pointsToIt: string;
  possibleCauses: string;
  otherCauses: string;
  ruledOut: string;
  resolution: string;
  yourSteps: string;
  itSteps: string;
  fixIsIts: string;
  otherFixes: string;
  moreStepsToggle: string;
  show: string;
  hide: string;
  moreSteps: string;
  warnings: string;
  moreWarnings: string;
  source: string;
  openSource: string;
  didThisHelp: string;

  // question
  questionProgress: string;
  typeAnswer: string;
  yourAnswer: string;
  moreChoices: string;
  answerPlaceholder: string;
  answerRequired: string;

  // question answered
  answered: string;
  answeredBy: string;

  // disambiguation
  disambiguationTitle: string;
  disambiguationIntro: string;
  pick: string;
  noneOfThese: string;

  // welcome / help
  welcomeTitle: string;
  welcomeTitleNamed: string;
  welcomeIntro: string;
  helpTitle: string;
  helpIntro: string;
  canDoHeading: string;
  canDo: readonly string[];
  examplesHeading: string;
  examples: readonly string[];
  commandsHeading: string;
  channelTip: string;

  // no match
  noMatchTitle: string;
  noMatchIntro: string;
  unknownCodes: string;
  tipsHeading: string;
  tips: readonly string[];
  /** Instead of "give the exact code" when the user gave a code the knowledge base lacks. */
  unknownCodeTip: string;

  // dsregcmd report
  dsregTitle: string;
  field: string;
  value: string;
  status: string;
  ok: string;
  notOk: string;
  findings: string;
  noFindings: string;
  moreFields: string;

  // checklist summary
  checklistTitle: string;
  checklistIntro: string;
  notKnownYet: string;
  errorCodes: string;
  noteLabel: string;
  notePlaceholder: string;
  confirmHandoff: string;

  // ticket
  ticketTitle: string;
  requester: string;
  assignee: string;
  created: string;
  statusOpen: string;
  statusAssigned: string;
  statusResolved: string;
  details: string;
  answersTried: string;
  keyTurns: string;
  turnUser: string;
  turnBot: string;
  outcomeNotSolved: string;
  outcomeSkipped: string;
  resolutionNote: string;
  assignToMe: string;
  resolveTicket: string;
  resolveNoteLabel: string;
  resolveNotePlaceholder: string;
  markResolved: string;
  /** The resolve card's choice of the entry that fixed it. */
  resolveEntryLabel: string;
  resolveEntryPlaceholder: string;
  resolveEntryNone: string;
  linkedAnswer: string;
  forgetLearned: string;
}

const nl: CardLabels = {
  solved: 'Opgelost',
  notSolved: 'Niet opgelost',
  otherProblem: 'Ander probleem',
  handoff: 'Doorsturen naar de helpdesk',
  dontKnow: 'Weet ik niet',
  send: 'Versturen',
  moreItems: '…en nog {count} (zie het bronartikel)',

  recognisedCodes: 'Herkende codes:',
  didYouMean: 'Bedoel je {code}?',
  youWrote: '(je schreef {raw})',
  likelyCause: 'Waarschijnlijke oorzaak',
  pointsToIt: 'Wat hierop wijst:',
  possibleCauses: 'Mogelijke oorzaken',
  otherCauses: 'Andere mogelijke oorzaken',
  ruledOut: 'uitgesloten',
  resolution: 'Oplossing',
  yourSteps: 'Wat je zelf kunt doen',
  itSteps: 'Stappen voor IT',
  fixIsIts: 'De oplossing is werk voor je IT-afdeling. Stuur het door: de stappen, codes en gegevens gaan mee.',
  otherFixes: 'Andere oplossingen',
  moreStepsToggle: 'Verder met stap {from}',
  show: 'Toon ▾',
  hide: 'Verberg ▴',
  moreSteps: 'Nog {count} stappen staan in het bronartikel.',
  warnings: '⚠ Let op',
  moreWarnings: 'Meer om op te letten',
  source: 'Bron:',
  openSource: 'Open het artikel',
  didThisHelp: 'Heeft dit geholpen?',

  questionProgress: 'Vraag {number} van {total}',
  typeAnswer: 'Of typ je antwoord',
  yourAnswer: 'Je antwoord',
  moreChoices: 'Staat je antwoord er niet bij? Typ het hieronder.',
  answerPlaceholder: 'Typ hier je antwoord…',
  answerRequired: 'Typ eerst een antwoord.',

  answered: 'Beantwoord:',
  answeredBy: 'door {name}',

  disambiguationTitle: 'Welk probleem bedoel je?',
  disambiguationIntro: 'Je bericht past bij meer dan één probleem. Kies het probleem dat het best past.',
  pick: 'Dit bedoel ik',
  noneOfThese: 'Geen van deze',

  welcomeTitle: 'Hallo! Ik help bij inschrijvingsproblemen',
  welcomeTitleNamed: 'Hallo {name}! Ik help bij inschrijvingsproblemen',
  welcomeIntro:
    'Vertel me wat er misgaat bij het inschrijven of registreren van een apparaat (Intune, Microsoft Entra-join). Een foutcode helpt het meest.',
  helpTitle: 'Zo werk ik',
  helpIntro:
    'Beschrijf het probleem in je eigen woorden, in het Nederlands of het Engels. Ik stel alleen de vragen die ertoe doen.',
  canDoHeading: 'Wat ik kan',
  canDo: [
    'Foutcodes herkennen, ook half overgetypt (80180014, 0x801c0003, -2145648611)',
    'Een geplakte **dsregcmd /status** nalopen',
    'De waarschijnlijke oorzaak en de oplossing in stappen geven, met een link naar het artikel',
    'Je vraag doorsturen naar de helpdesk als het niet lukt',
  ],
  examplesHeading: 'Probeer bijvoorbeeld',
  examples: [
    'Mijn laptop blijft hangen op 80180014',
    'iPhone van een collega: profiel niet geïnstalleerd',
    'Apparaat staat in Microsoft Entra ID op "In behandeling"',
  ],
  commandsHeading: 'Handige woorden',
  channelTip: 'In een kanaal noem je mij met @ zodat ik je bericht zie.',

  noMatchTitle: 'Dat kan ik (nog) niet plaatsen',
  noMatchIntro: 'Ik vond geen antwoord dat past bij:',
  unknownCodes: 'Codes die ik niet ken:',
  tipsHeading: 'Zo vind ik het beter',
  tips: [
    'Noem de exacte foutcode of foutmelding.',
    'Zeg om welk platform het gaat (Windows, Android, iOS/iPadOS, macOS).',
    'Zeg waar de melding verschijnt: tijdens de installatie, in de Bedrijfsportal of in Instellingen.',
    'Plak bij een Windows-apparaat de uitvoer van **dsregcmd /status**.',
  ],
  unknownCodeTip:
    'Deze code ken ik niet uit de artikelen waar ik uit put: beschrijf wat je deed toen hij verscheen, of geef het door aan de helpdesk.',

  dsregTitle: 'Uitkomst van dsregcmd /status',
  field: 'Veld',
  value: 'Waarde',
  status: 'Status',
  ok: '✔ OK',
  notOk: '✖ Niet OK',
  findings: 'Bevindingen',
  noFindings: 'Ik zie geen problemen in deze uitvoer.',
  moreFields: '…en nog {count} velden',

  checklistTitle: 'Samenvatting voor de helpdesk',
  checklistIntro: 'Dit geef ik door. Klopt het? Vul gerust nog iets aan.',
  notKnownYet: 'nog niet bekend',
  errorCodes: 'Foutcodes',
  noteLabel: 'Opmerking voor de helpdesk (optioneel)',
  notePlaceholder: 'Bijvoorbeeld: sinds wanneer het speelt, of wat je al hebt geprobeerd',
  confirmHandoff: 'Doorsturen naar de helpdesk',

  ticketTitle: 'Ticket {id}',
  requester: 'Aanvrager',
  assignee: 'Behandelaar',
  created: 'Aangemaakt',
  statusOpen: 'Open',
  statusAssigned: 'In behandeling',
  statusResolved: 'Opgelost',
  details: 'Gegevens',
  answersTried: 'Al geprobeerd',
  keyTurns: 'Uit het gesprek',
  turnUser: 'Gebruiker',
  turnBot: 'Bot',
  outcomeNotSolved: 'hielp niet',
  outcomeSkipped: 'niet geprobeerd',
  resolutionNote: 'Oplossing',
  assignToMe: 'Ik pak dit op',
  resolveTicket: 'Opgelost',
  resolveNoteLabel: 'Wat was de oplossing?',
  resolveNotePlaceholder: 'Kort: wat heb je gedaan?',
  markResolved: 'Markeer als opgelost',
  resolveEntryLabel: 'Welk antwoord loste het op? (de bot leert van je keuze)',
  resolveEntryPlaceholder: 'Zoek een antwoord (optioneel)',
  resolveEntryNone: 'Geen: er is een nieuw antwoord nodig',
  linkedAnswer: 'Opgelost met',
  forgetLearned: 'Vergeet wat de bot hiervan leerde',
};

const en: CardLabels = {
  solved: 'Solved',
  notSolved: 'Not solved',
  otherProblem: 'Other problem',
  handoff: 'Hand over to the helpdesk',
  dontKnow: "Don't know",
  send: 'Send',
  moreItems: '…and {count} more (see the source article)',

  recognisedCodes: 'Recognised codes:',
  didYouMean: 'Did you mean {code}?',
  youWrote: '(you wrote {raw})',
  likelyCause: 'Likely cause',
  pointsToIt: 'What points to it:',
  possibleCauses: 'Possible causes',
  otherCauses: 'Other possible causes',
  ruledOut: 'ruled out',
  resolution: 'Resolution',
  yourSteps: 'What you can do yourself',
  itSteps: 'Steps for IT',
  fixIsIts: 'The fix is work for your IT department. Hand it over: the steps, codes and facts go with it.',
  otherFixes: 'Other fixes',
  moreStepsToggle: 'Continue with step {from}',
  show: 'Show ▾',
  hide: 'Hide ▴',
  moreSteps: '{count} more steps are in the source article.',
  warnings: '⚠ Watch out',
  moreWarnings: 'More to watch out for',
  source: 'Source:',
  openSource: 'Open the article',
  didThisHelp: 'Did this help?',

  questionProgress: 'Question {number} of {total}',
  typeAnswer: 'Or type your answer',
  yourAnswer: 'Your answer',
  moreChoices: 'Not listed? Type your answer below.',
  answerPlaceholder: 'Type your answer here…',
  answerRequired: 'Type an answer first.',

  answered: 'Answered:',
  answeredBy: 'by {name}',

  disambiguationTitle: 'Which problem do you mean?',
  disambiguationIntro: 'Your message fits more than one problem. Pick the one that fits best.',
  pick: 'This one',
  noneOfThese: 'None of these',

  welcomeTitle: 'Hi! I help with enrollment problems',
  welcomeTitleNamed: 'Hi {name}! I help with enrollment problems',
  welcomeIntro:
    'Tell me what goes wrong when enrolling or registering a device (Intune, Microsoft Entra join). An error code helps most.',
  helpTitle: 'How I work',
  helpIntro: 'Describe the problem in your own words, in Dutch or English. I only ask the questions that matter.',
  canDoHeading: 'What I can do',
  canDo: [
    'Recognise error codes, even when mistyped (80180014, 0x801c0003, -2145648611)',
    'Go through a pasted **dsregcmd /status**',
    'Give the likely cause and the resolution in steps, with a link to the article',
    "Hand your question to the helpdesk when it doesn't work out",
  ],
  examplesHeading: 'Try for example',
  examples: [
    'My laptop is stuck on 80180014',
    "Colleague's iPhone: profile installation failed",
    'Device shows as "Pending" in Microsoft Entra ID',
  ],
  commandsHeading: 'Useful words',
  channelTip: 'In a channel, @mention me so that I see your message.',

  noMatchTitle: "I can't place that (yet)",
  noMatchIntro: 'I found no answer that fits:',
  unknownCodes: "Codes I don't know:",
  tipsHeading: 'This helps me find it',
  tips: [
    'Give the exact error code or error message.',
    'Say which platform it is (Windows, Android, iOS/iPadOS, macOS).',
    'Say where the message appears: during setup, in the Company Portal or in Settings.',
    'For a Windows device, paste the output of **dsregcmd /status**.',
  ],
  unknownCodeTip:
    "I don't know this code from the articles I draw on: describe what you were doing when it appeared, or hand it to the helpdesk.",

  dsregTitle: 'dsregcmd /status result',
  field: 'Field',
  value: 'Value',
  status: 'Status',
  ok: '✔ OK',
  notOk: '✖ Not OK',
  findings: 'Findings',
  noFindings: 'I see no problems in this output.',
  moreFields: '…and {count} more fields',

  checklistTitle: 'Summary for the helpdesk',
  checklistIntro: 'This is what I will pass on. Is it right? Feel free to add something.',
  notKnownYet: 'not known yet',
  errorCodes: 'Error codes',
  noteLabel: 'Note for the helpdesk (optional)',
  notePlaceholder: 'For example: since when it happens, or what you already tried',
  confirmHandoff: 'Send to the helpdesk',

  ticketTitle: 'Ticket {id}',
  requester: 'Requester',
  assignee: 'Assignee',
  created: 'Created',
  statusOpen: 'Open',
  statusAssigned: 'In progress',
  statusResolved: 'Resolved',
  details: 'Details',
  answersTried: 'Already tried',
  keyTurns: 'From the conversation',
  turnUser: 'User',
  turnBot: 'Bot',
  outcomeNotSolved: 'did not help',
  outcomeSkipped: 'not tried',
  resolutionNote: 'Resolution',
  assignToMe: 'Assign to me',
  resolveTicket: 'Resolved',
  resolveNoteLabel: 'What was the resolution?',
  resolveNotePlaceholder: 'In short: what did you do?',
  markResolved: 'Mark as resolved',
  resolveEntryLabel: 'Which answer fixed it? (the bot learns from your choice)',
  resolveEntryPlaceholder: 'Search an answer (optional)',
  resolveEntryNone: 'None: a new answer is needed',
  linkedAnswer: 'Resolved with',
  forgetLearned: 'Forget what the bot learned from this',
};

export const cardText: Record<Lang, CardLabels> = { nl, en };
