import type { StatePropertyAccessor } from 'botbuilder';
import type { DiagnoseInput, Diagnosis } from '../src/core/diagnosis/diagnose.js';
import type { DiagnosisIndex } from '../src/core/diagnosis/diagnosis-index.js';
import type { ConversationMemory } from '../src/conversation/conversation-memory.js';
import type { Presenter } from '../src/conversation/presenter.js';
import type { UserProfile } from '../src/conversation/user-profile.js';
import type { EventRecorder } from '../src/tickets/event-recorder.js';
import type { HelpdeskService } from '../src/tickets/helpdesk-service.js';

/** What every dialog is built with: dialogs are stateless singletons, per-conversation data lives in state. */
export interface DialogDeps {
  index: DiagnosisIndex;
  /** The diagnosis of a text (the knowledge base's, or one a test injects). */
  diagnose: (input: DiagnoseInput) => Diagnosis;
  present: Presenter;
  memory: StatePropertyAccessor<ConversationMemory>;
  /** The person across conversations: language, and what they said they are. */
  profile: StatePropertyAccessor<UserProfile>;
  now: () => number;
  /** What happened, for the report (asked, answered, solved, no match, handed off). */
  events: EventRecorder;
  /** Tickets and the helpdesk channel. */
  helpdesk: HelpdeskService;
}
