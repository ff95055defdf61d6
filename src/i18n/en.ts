import type { PhraseKey } from './nl.js';

export const en = {
  'error.turn': 'Sorry, something went wrong on my side. Please try again in a moment; your details are kept.',
  'error.storage': "I can't save our conversation right now. Please try again in a moment.",
  'placeholder.reply': 'I got your message. Describe your enrollment problem or paste the error code.',
  'welcome.text':
    'Hi! I help with device enrollment problems (Intune, Azure AD join). Type the error code, paste the error message or `dsregcmd /status`, or describe what goes wrong.',
} satisfies Record<PhraseKey, string>;
