/** The bot's own Dutch phrases. `{name}` is a placeholder filled by `t()`. */
export const nl = {
  'error.turn': 'Sorry, er ging bij mij iets mis. Probeer het zo nog eens; je gegevens zijn bewaard.',
  'error.storage': 'Ik kan je gesprek op dit moment niet opslaan. Probeer het over een ogenblik opnieuw.',
  'placeholder.reply': 'Ik heb je bericht ontvangen. Beschrijf je inschrijvingsprobleem of plak de foutcode.',
  'welcome.text':
    'Hallo! Ik help bij problemen met het inschrijven van apparaten (Intune, Azure AD-join). Typ de foutcode, plak de foutmelding of `dsregcmd /status`, of beschrijf wat er misgaat.',
} as const;

export type PhraseKey = keyof typeof nl;
