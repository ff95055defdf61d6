import type { PhraseKey } from './nl.js';

export const en = {
  'error.turn': 'Sorry, something went wrong on my side. Please try again in a moment; your details are kept.',
  'error.storage': "I can't save our conversation right now. Please try again in a moment.",
  'welcome.text':
    'Hi! I help with device enrollment problems (Intune, Azure AD join). Type the error code, paste the error message or `dsregcmd /status`, or describe what goes wrong.',
  'triage.describeOther': 'Sure. Describe the other problem, or type or paste the error code.',
  'triage.exhausted': 'I have no other answer that fits what you described.',
  'feedback.solved': "Glad it's solved! Come back any time.",
  'feedback.next': "Too bad. Let's look at the next possible cause.",
  'feedback.exhausted':
    'I have no other solution for this problem. Type "human" to hand it to the helpdesk; I will pass on everything we know.',
  'interrupt.cancelled': "OK, I've stopped. Feel free to type a new problem.",
  'interrupt.restarted': "OK, let's start over. What's the problem?",
  'interrupt.nothingToCancel': 'Nothing is running right now. Go ahead and describe your problem.',
  'interrupt.newProblem': "I see a new error code, so I'll look at that problem.",
  'idle.restart': 'It has been quiet for a while, so I started fresh.',
  'stale.submit': "That question isn't open any more. Describe your problem again if you still need help.",
  'input.attachmentOnly':
    "I can't read attachments or screenshots. Type the error code or the message text, or paste the output of `dsregcmd /status`.",
  'input.empty': "I don't see any text. Type the error code or describe what goes wrong.",
  'smalltalk.greeting': 'Hi! How can I help? Type an error code or describe the enrollment problem.',
  'smalltalk.thanks': "You're welcome!",
  'channel.notStarter': 'These questions are for {name}, who started this conversation. Got a problem of your own? Mention me in a new message.',
  'question.retry': "I didn't get that. Pick one of the buttons or type your answer.",
  'disambiguation.retry': 'Pick the message you see, or type its number.',
} satisfies Record<PhraseKey, string>;
