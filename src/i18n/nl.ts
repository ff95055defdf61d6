/** The bot's own Dutch phrases. `{name}` is a placeholder filled by `t()`. */
export const nl = {
  'error.turn': 'Sorry, er ging bij mij iets mis. Probeer het zo nog eens; je gegevens zijn bewaard.',
  'error.storage': 'Ik kan je gesprek op dit moment niet opslaan. Probeer het over een ogenblik opnieuw.',
  'welcome.text':
    'Hallo! Ik help bij problemen met het inschrijven van apparaten (Intune, Microsoft Entra-join). Typ de foutcode, plak de foutmelding of `dsregcmd /status`, of beschrijf wat er misgaat.',
  'triage.describeOther': 'Prima. Beschrijf het andere probleem, of typ of plak de foutcode.',
  'triage.nextProblem': 'Je noemde nog een probleem; daar kijk ik nu naar.',
  'triage.exhausted': 'Ik heb geen ander antwoord meer dat past bij wat je beschreef.',
  'feedback.solved': 'Fijn dat het opgelost is! Kom gerust terug als er weer iets is.',
  'feedback.nextCause': 'Jammer. Dan is het waarschijnlijk een andere oorzaak; dit is de oplossing daarvoor.',
  'feedback.nextEntry': 'Jammer. Dan past dit antwoord waarschijnlijk beter.',
  'triage.rephraseTitle': 'Vertel het in andere woorden',
  'triage.rephrase':
    'Geen van deze dus. Beschrijf wat je ziet in andere woorden, of typ de foutcode of de tekst van de melding. Liever een medewerker? Eén druk op de knop.',
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
  'audience.it': 'Genoteerd: je bent van IT. Ik laat je voortaan eerst de stappen in de beheerportals zien.',
  'audience.user':
    'Genoteerd: ik laat je voortaan eerst zien wat je zelf kunt doen, en geef de rest door aan de helpdesk.',
  'channel.notStarter':
    'Deze vragen zijn voor {name}, die dit gesprek begon. Heb je zelf een probleem? Noem mij dan in een nieuw bericht.',
  'question.retry': 'Dat begreep ik niet. Kies een van de knoppen of typ je antwoord.',
  'disambiguation.retry': 'Kies de melding die je ziet, of typ het nummer.',
  // hand-off to the helpdesk, tickets, registration
  'handoff.asked': 'Ik geef het door aan de helpdesk, met alles wat we al weten.',
  'handoff.exhausted':
    'Ik heb geen andere oplossing meer voor dit probleem. Ik geef het door aan de helpdesk, met alles wat we al weten.',
  'handoff.oneQuestion': 'Eerst nog één korte vraag voor de helpdesk; "weet ik niet" is ook een goed antwoord.',
  'handoff.questions': 'Eerst nog {count} korte vragen voor de helpdesk; "weet ik niet" is ook een goed antwoord.',
  'handoff.confirmRetry':
    'Kies "Doorsturen naar de helpdesk" of typ "ja" om het te versturen. Typ "stop" als het niet meer hoeft.',
  'handoff.notSent': 'Oké, ik stuur niets door. Beschrijf gerust opnieuw je probleem als je nog hulp nodig hebt.',
  'handoff.created':
    'Je melding {id} staat bij de helpdesk. Ik laat het je hier weten zodra iemand ermee aan de slag gaat. Typ "mijn tickets" om de status te zien.',
  'handoff.shownHere':
    'Er is nog geen helpdeskkanaal gekoppeld, dus je ziet de melding hier, zoals de helpdesk hem krijgt.',
  'ticket.assigned': '{agent} is ermee bezig (melding {id}).',
  'ticket.resolved': '{agent} heeft je melding {id} opgelost: {note}',
  'ticket.resolvedNoNote': '{agent} heeft je melding {id} opgelost.',
  'ticket.someone': 'Iemand van de helpdesk',
  'ticket.notFound': 'Ik kan dat ticket niet vinden.',
  'ticket.notHere': 'Tickets pak je op in het helpdeskkanaal.',
  'ticket.notAgent': 'Alleen medewerkers van de helpdesk kunnen meldingen oppakken of oplossen.',
  'ticket.alreadyAssigned': '{agent} is al met {id} bezig.',
  'ticket.alreadyResolved': '{id} is al opgelost.',
  'tickets.heading': 'Je meldingen bij de helpdesk:',
  'tickets.none': 'Je hebt geen meldingen bij de helpdesk.',
  'tickets.status.open': 'open',
  'tickets.status.assigned': 'in behandeling',
  'tickets.status.resolved': 'opgelost',
  'register.done': 'Dit kanaal is nu het helpdeskkanaal: nieuwe meldingen komen hier binnen.',
  'register.notAgent':
    'Alleen medewerkers van de helpdesk (HELPDESK_AGENTS) kunnen het helpdeskkanaal koppelen of verplaatsen.',
  'register.taken':
    'Er is al een helpdeskkanaal gekoppeld; het blijft waar het is. Verplaatsen kan een beheerder met HELPDESK_AGENTS of HELPDESK_CHANNEL_ID in de instellingen van de bot.',
  'register.moved':
    '{name} heeft het helpdeskkanaal verplaatst: nieuwe meldingen komen voortaan in een ander kanaal binnen.',
  'register.notChannel': 'Registreer de helpdesk in een Teams-kanaal: noem mij daar en typ "registreer helpdesk".',
  'register.configured':
    'Het helpdeskkanaal staat vast in de instellingen van de bot (HELPDESK_CHANNEL_ID); daar verander je het ook.',
  'tenant.refused':
    'Sorry, deze helpdeskbot is niet beschikbaar voor jouw organisatie. Neem contact op met je eigen IT-helpdesk.',
  'error.conflict': 'Je bericht kruiste een ander bericht in dit gesprek. Stuur het over een ogenblik nog eens.',
  'team.intro':
    'Hallo allemaal! Ik help bij problemen met het inschrijven van apparaten (Intune, Microsoft Entra-join). Begin een nieuw bericht in het kanaal, noem mij met @ en zet de foutcode of wat er misgaat erbij; ik antwoord in die draad. Mijn vervolgvragen zijn voor wie het bericht begon.',
  'groupChat.intro':
    'Hallo allemaal! Ik help bij problemen met het inschrijven van apparaten (Intune, Microsoft Entra-join). Noem mij met @ en zet de foutcode of wat er misgaat erbij. Mijn vervolgvragen zijn voor wie de vraag stelde.',
  'channel.newThread':
    'Deze draad gaat over het probleem van {name}. Begin voor jouw probleem een nieuw bericht in het kanaal en noem mij daar, dan help ik je apart.',
  'channel.takeOver':
    'Ik heb de open vragen van {name} gesloten en kijk nu naar dit nieuwe probleem. Wie nog hulp nodig heeft, kan mij gewoon opnieuw noemen.',
  'channel.someone': 'een collega',
  'learn.done':
    'Geleerd: wie in deze organisatie schrijft zoals in {id}, krijgt voortaan meteen "{title}". Ongedaan maken: `vergeet {id}`.',
  'learn.refusedCode':
    'Opgelost, maar de woorden van {id} leer ik niet: ze noemen {code}, een code van "{title}". Dan zou die code naar een ander antwoord wijzen.',
  'learn.refusedWords': 'Opgelost, maar de woorden van {id} leer ik niet: er staat te weinig in om op te herkennen.',
  'learn.unknownEntry': 'Opgelost, maar dat antwoord ken ik niet (meer), dus ik heb niets geleerd.',
  'learn.forgotten': 'Vergeten: wat ik van {id} leerde, gebruik ik niet meer.',
  'learn.nothingToForget': 'Van {id} heb ik niets geleerd, dus er is niets te vergeten.',
  'learn.notAgent': 'Alleen medewerkers van de helpdesk kunnen de bot iets laten vergeten.',
} as const;

export type PhraseKey = keyof typeof nl;
