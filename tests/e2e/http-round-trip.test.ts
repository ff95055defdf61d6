import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message, membersAdded } from '../helpers/activities.js';
import { startBot, type RunningBot } from '../helpers/bot-harness.js';

describe('HTTP round trip in Emulator mode (no app id)', () => {
  let bot: RunningBot;
  beforeEach(async () => {
    bot = await startBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('answers a message at the connector, in the same conversation, as a reply to it', async () => {
    const activity = message({
      serviceUrl: bot.connector.url,
      conversationId: 'conv-rt',
      text: 'hallo, mijn laptop wil niet inschrijven',
    });
    const response = await bot.post(activity);
    expect(response.status).toBeLessThan(300);
    await bot.connector.waitFor(1);
    const [call] = bot.connector.calls;
    expect(call?.method).toBe('POST');
    expect(call?.conversationId).toBe('conv-rt');
    expect(call?.activityId).toBe(activity.id);
    expect(call?.body.replyToId).toBe(activity.id);
    expect(call?.body.conversation?.id).toBe('conv-rt');
    expect(call?.body.type).toBe('message');
  });

  it('welcomes a new member but not the bot itself', async () => {
    const response = await bot.post(membersAdded({ serviceUrl: bot.connector.url, memberIds: ['bot-1', 'user-9'] }));
    expect(response.status).toBeLessThan(300);
    await bot.connector.waitFor(1);
    expect(bot.connector.sent()).toHaveLength(1);
  });

  it('answers /healthz while the process lives', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
  });
});

describe('with an app id configured', () => {
  it('rejects a request without a Bot Framework token with 401', async () => {
    const bot = await startBot({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'secret',
    });
    try {
      const response = await bot.post(message({ serviceUrl: bot.connector.url, text: 'hallo' }));
      expect(response.status).toBe(401);
      expect(bot.connector.calls).toHaveLength(0);
    } finally {
      await bot.stop();
    }
  });
});
