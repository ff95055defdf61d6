import type { PhraseKey } from './nl.js';

export const en = {
  'error.turn': 'Sorry, something went wrong on my side. Please try again in a moment; your details are kept.',
  'error.storage': "I can't save our conversation right now. Please try again in a moment.",
  'welcome.text':
    'Hi! I help with device enrollment problems (Intune, Microsoft Entra join). Type the error code, paste the error message or `dsregcmd /status`, or describe what goes wrong.',
  'triage.describeOther': 'Sure. Describe the other problem, or type or paste the error code.',
  'triage.nextProblem': 'You mentioned another problem; let me look at that now.',
  'triage.exhausted': 'I have no other answer that fits what you described.',
  'feedback.solved': "Glad it's solved! Come back any time.",
  'feedback.nextCause': 'Too bad. Then it is probably another cause; this is the fix for that one.',
  'feedback.nextEntry': 'Too bad. Then this answer probably fits better.',
  'triage.rephraseTitle': 'Tell me in other words',
  'triage.rephrase':
    "None of these, then. Describe what you see in other words, or type the error code or the message's text. Rather talk to a person? One press on the button.",
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
  'audience.it': "Noted: you're in IT. From now on I'll show the steps in the admin portals first.",
  'audience.user': "Noted: from now on I'll show first what you can do yourself, and pass the rest to the helpdesk.",
  'channel.notStarter':
    'These questions are for {name}, who started this conversation. Got a problem of your own? Mention me in a new message.',
  'question.retry': "I didn't get that. Pick one of the buttons or type your answer.",
  'disambiguation.retry': 'Pick the message you see, or type its number.',
  // hand-off to the helpdesk, tickets, registration
  'handoff.asked': "I'll pass this to the helpdesk, with everything we know so far.",
  'handoff.exhausted':
    "I have no other solution for this problem. I'll pass it to the helpdesk, with everything we know so far.",
  'handoff.oneQuestion': 'First one short question for the helpdesk; "don\'t know" is a fine answer too.',
  'handoff.questions': 'First {count} short questions for the helpdesk; "don\'t know" is a fine answer too.',
  'handoff.confirmRetry':
    'Press "Send to the helpdesk" or type "yes" to send it. Type "stop" if it is no longer needed.',
  'handoff.notSent': "OK, I won't send anything. Describe your problem again if you still need help.",
  'handoff.created':
    'Your ticket {id} is with the helpdesk. I will tell you here as soon as someone picks it up. Type "my tickets" to see its status.',
  'handoff.shownHere':
    'No helpdesk channel is connected yet, so the ticket is shown here, as the helpdesk would get it.',
  'ticket.assigned': '{agent} has picked this up (ticket {id}).',
  'ticket.resolved': '{agent} resolved your ticket {id}: {note}',
  'ticket.resolvedNoNote': '{agent} resolved your ticket {id}.',
  'ticket.someone': 'Someone from the helpdesk',
  'ticket.notFound': "I can't find that ticket.",
  'ticket.notHere': 'Tickets are picked up in the helpdesk channel.',
  'ticket.notAgent': 'Only helpdesk agents can pick up or resolve tickets.',
  'ticket.alreadyAssigned': '{agent} is already working on {id}.',
  'ticket.alreadyResolved': '{id} is already resolved.',
  'tickets.heading': 'Your tickets with the helpdesk:',
  'tickets.none': 'You have no tickets with the helpdesk.',
  'tickets.status.open': 'open',
  'tickets.status.assigned': 'in progress',
  'tickets.status.resolved': 'resolved',
  'register.done': 'This channel is now the helpdesk channel: new tickets will arrive here.',
  'register.notAgent': 'Only helpdesk agents (HELPDESK_AGENTS) can register or move the helpdesk channel.',
  'register.taken':
    "A helpdesk channel is already registered; it stays where it is. An admin can move it with HELPDESK_AGENTS or HELPDESK_CHANNEL_ID in the bot's settings.",
  'register.moved': '{name} moved the helpdesk channel: new tickets will arrive in another channel from now on.',
  'register.notChannel': 'Register the helpdesk in a Teams channel: mention me there and type "register helpdesk".',
  'register.configured': "The helpdesk channel is set in the bot's settings (HELPDESK_CHANNEL_ID); change it there.",
  'tenant.refused':
    "Sorry, this helpdesk bot isn't available for your organisation. Please contact your own IT helpdesk.",
  'error.conflict': 'Your message crossed another one in this conversation. Please send it again in a moment.',
  'team.intro':
    "Hi all! I help with device enrollment problems (Intune, Microsoft Entra join). Start a new post in the channel, @mention me and add the error code or what goes wrong; I'll answer in that thread. My follow-up questions are for whoever started the post.",
  'groupChat.intro':
    'Hi all! I help with device enrollment problems (Intune, Microsoft Entra join). @mention me and add the error code or what goes wrong. My follow-up questions are for whoever asked.',
  'channel.newThread':
    "This thread is about {name}'s problem. For yours, start a new post in the channel and mention me there, so I can help you separately.",
  'channel.takeOver':
    "I've closed {name}'s open questions and am looking at this new problem now. Anyone who still needs help can just mention me again.",
  'channel.someone': 'a colleague',
  'learn.done':
    'Learned: anyone in this organisation who writes like {id} now gets "{title}" straight away. To undo: `forget {id}`.',
  'learn.refusedCode':
    'Resolved, but I won\'t learn the words of {id}: they name {code}, a code of "{title}". That code would then point to another answer.',
  'learn.refusedWords': "Resolved, but I won't learn the words of {id}: there is too little in them to recognise.",
  'learn.unknownEntry': "Resolved, but I don't know that answer (any more), so I learned nothing.",
  'learn.forgotten': 'Forgotten: I no longer use what I learned from {id}.',
  'learn.nothingToForget': 'I learned nothing from {id}, so there is nothing to forget.',
  'learn.notAgent': 'Only helpdesk agents can make the bot forget something.',
} satisfies Record<PhraseKey, string>;
