export {
  answerCard,
  type AnswerCardData,
  type AnswerCause,
  type AnswerResolution,
  type AnswerSource,
  type RecognisedCode,
} from './answer-card.js';
export { checklistSummaryCard, type ChecklistItem, type ChecklistSummaryCardData } from './checklist-summary-card.js';
export { disambiguationCard, type DisambiguationCardData, type DisambiguationOption } from './disambiguation-card.js';
export {
  dsregcmdReportCard,
  type DsregcmdFinding,
  type DsregcmdReportCardData,
  type DsregcmdRow,
} from './dsregcmd-report-card.js';
export { CardSizeError, TemplateError } from './errors.js';
export { markdownText, plainText } from './escape.js';
export { noMatchCard, type NoMatchCardData } from './no-match-card.js';
export { noticeCard, type NoticeCardData } from './notice-card.js';
export { questionAnsweredCard, type QuestionAnsweredCardData } from './question-answered-card.js';
export { questionCard, type QuestionCardData, type QuestionChoice } from './question-card.js';
export { CARD_KINDS, MAX_CARD_BYTES, loadCardTemplates, type CardKind } from './render.js';
export {
  ticketCard,
  type TicketAnswerTried,
  type TicketCardData,
  type TicketStatus,
  type TicketTurn,
} from './ticket-card.js';
export type { FactRow } from './view.js';
export { welcomeCard, type WelcomeCardData, type WelcomeCommand } from './welcome-card.js';
