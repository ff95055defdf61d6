import type { StatePropertyAccessor } from 'botbuilder';
import type { DiagnosisIndex } from '../src/core/diagnosis/diagnosis-index.js';
import type { ConversationMemory } from '../src/bot/conversation-memory.js';
import type { Presenter } from '../src/bot/presenter.js';

/** What every dialog is built with: dialogs are stateless singletons, per-conversation data lives in state. */
export interface DialogDeps {
  index: DiagnosisIndex;
  present: Presenter;
  memory: StatePropertyAccessor<ConversationMemory>;
  now: () => number;
}
