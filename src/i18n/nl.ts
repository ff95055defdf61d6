/** The bot's own Dutch phrases. `{name}` is a placeholder filled by `t()`. */
export const nl = {
  'error.turn': 'Sorry, er ging bij mij iets mis. Probeer het zo nog eens; je gegevens zijn bewaard.',
  'error.storage': 'Ik kan je gesprek op dit moment niet opslaan. Probeer het over een ogenblik opnieuw.',
  'welcome.text':
    'Hallo! Ik help bij problemen met het inschrijven van apparaten (Intune, Azure AD-join). Typ de foutcode, plak de foutmelding of `dsregcmd /status`, of beschrijf wat er misgaat.',
  'triage.describeOther': 'Prima. Beschrijf het andere probleem, of typ of plak de foutcode.',
  'triage.exhausted': 'Ik heb geen ander antwoord meer dat past bij wat je beschreef.',
  'feedback.solved': 'Fijn dat het opgelost is! Kom gerust terug als er weer iets is.',
  'feedback.next': 'Jammer. Dan kijken we naar de volgende mogelijke oorzaak.',
  'feedback.exhausted':
    'Ik heb geen andere oplossing meer voor dit probleem. Typ "medewerker" als je het aan de helpdesk wilt overdragen; ik geef alles wat we al weten mee.',
  'interrupt.cancelled': 'Oké, ik ben gestopt. Typ gerust een nieuw probleem.',
  'interrupt.restarted': 'Oké, we beginnen opnieuw. Wat is het probleem?',
  'interrupt.nothingToCancel': 'Er loopt nu niets om te stoppen. Beschrijf gerust je probleem.',
  'interrupt.newProblem': 'Ik zie een nieuwe foutcode, dus ik kijk naar dat probleem.',
  'idle.restart': 'Het is even stil geweest, dus ik ben opnieuw begonnen.',
  'stale.submit': 'Die vraag is niet meer open. Beschrijf je probleem opnieuw als je nog hulp nodig hebt.',
  'input.attachmentOnly':
    'Ik kan geen bijlagen of schermafbeeldingen lezen. Typ de foutcode of de tekst van de melding, of plak de uitvoer van `dsregcmd /status`.',
  'input.empty': 'Ik zie geen tekst. Typ de foutcode of beschrijf wat er misgaat.',
  'smalltalk.greeting': 'Hallo! Waar kan ik mee helpen? Typ een foutcode of beschrijf het inschrijvingsprobleem.',
  'smalltalk.thanks': 'Graag gedaan!',
  'channel.notStarter': 'Deze vragen zijn voor {name}, die dit gesprek begon. Heb je zelf een probleem? Noem mij dan in een nieuw bericht.',
  'question.retry': 'Dat begreep ik niet. Kies een van de knoppen of typ je antwoord.',
  'disambiguation.retry': 'Kies de melding die je ziet, of typ het nummer.',
} as const;

export type PhraseKey = keyof typeof nl;
