import type { Storage } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import type { DiagnosisIndex } from '../core/diagnosis/diagnosis-index.js';
import type { Logger } from '../logger.js';
import type { Presenter } from '../conversation/presenter.js';
import { EventLog, type BotEvent } from './event-log.js';
import { StorageEventRecorder, type EventRecorder } from './event-recorder.js';
import type { HelpdeskChannelConfig } from './helpdesk-config.js';
import { HelpdeskService } from './helpdesk-service.js';
import type { Notifier } from './notifier.js';

/** What the app hands the bot for the hand-off: proactive messaging (it needs the adapter) and a configured channel. */
export interface HelpdeskOptions {
  notifier?: Notifier;
  channel?: HelpdeskChannelConfig;
  /** HELPDESK_AGENTS: who may register the channel and act on tickets (empty: the channel is the authority). */
  agents?: readonly string[];
}

/** The event log and the helpdesk service, on the bot's own storage. */
export function helpdeskParts(deps: {
  storage: Storage;
  index: DiagnosisIndex;
  present: Presenter;
  logger: Logger;
  defaultLang: Lang;
  now: () => number;
  helpdesk?: HelpdeskOptions;
  observeEvent?: (event: BotEvent) => void;
}): { events: EventRecorder; helpdesk: HelpdeskService } {
  const { storage, index, present, logger, defaultLang, now } = deps;
  return {
    events: new StorageEventRecorder(new EventLog(storage), now, logger, deps.observeEvent),
    helpdesk: new HelpdeskService({ storage, index, present, logger, defaultLang, now, ...deps.helpdesk }),
  };
}
