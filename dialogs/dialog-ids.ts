/** Every dialog id in one place. */
export const DialogIds = {
  main: 'main',
  triage: 'triage',
  prerequisites: 'prerequisites',
  question: 'question-prompt',
  disambiguation: 'disambiguation',
  feedback: 'feedback-prompt',
  handoff: 'handoff',
} as const;
