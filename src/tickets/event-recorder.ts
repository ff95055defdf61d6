import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import { tenantOf } from '../bot/tenant-gate.js';
import type { BotEvent, EventLog } from './event-log.js';

/** What dialogs use to note what happened; recording never fails a turn. */
export interface EventRecorder {
  record(context: TurnContext, event: BotEvent): Promise<void>;
}

export class StorageEventRecorder implements EventRecorder {
  constructor(
    private readonly log: EventLog,
    private readonly now: () => number,
    private readonly logger: Logger,
    /** Sees every event, recorded or not (telemetry counts them). */
    private readonly observe?: (event: BotEvent) => void,
  ) {}

  async record(context: TurnContext, event: BotEvent): Promise<void> {
    this.observe?.(event);
    try {
      const tenantId = tenantOf(context.activity);
      await this.log.append({
        ...event,
        at: this.now(),
        conversationId: context.activity.conversation?.id ?? '',
        ...(tenantId ? { tenantId } : {}),
      });
    } catch (error) {
      this.logger.warn(
        { err: error, kind: event.kind, conversationId: context.activity.conversation?.id },
        'could not record an event',
      );
    }
  }
}
