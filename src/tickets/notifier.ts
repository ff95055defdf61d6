import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

/** Sends to and updates activities in other conversations than the current turn's (proactive messaging). */
export interface Notifier {
  /** Posts a new activity in the conversation; returns its id. */
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined>;
  /** Replaces an activity sent earlier (`activity.id`). */
  update(reference: Partial<ConversationReference>, activity: Partial<Activity> & { id: string }): Promise<void>;
}

/** A Notifier on the bot's own adapter; the app id is empty in Emulator mode. */
export class AdapterNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string | undefined,
  ) {}

  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined> {
    let id: string | undefined;
    await this.run(reference, async (context) => {
      // a proactive message starts a new post: it replies to nothing (the continuation activity's id is made up)
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  async update(reference: Partial<ConversationReference>, activity: Partial<Activity> & { id: string }): Promise<void> {
    await this.run(reference, async (context) => {
      await context.updateActivity(activity);
    });
  }

  /** The adapter hands errors in proactive turns to onTurnError; the caller needs them to choose a fallback. */
  private async run(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    let failure: unknown;
    await this.adapter.continueConversationAsync(this.appId ?? '', reference, async (context) => {
      try {
        await logic(context);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined)
      throw failure instanceof Error ? failure : new Error('proactive turn failed', { cause: failure });
  }
}
