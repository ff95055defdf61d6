import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from '../helpers/app-server.js';
import { Chat, shown } from '../helpers/chat.js';

describe('backpressure: a bounded number of turns in flight (MAX_TURNS_IN_FLIGHT)', { timeout: 60_000 }, () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ env: { MAX_TURNS_IN_FLIGHT: '2' } });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('refuses turns beyond the limit at once with 503 and Retry-After, serves the rest, and recovers', async () => {
    const chats = Array.from({ length: 12 }, () => new Chat(app.connector, { locale: 'en-US' }));
    const answers = await Promise.all(
      chats.map(async (chat) => {
        const response = await app.post(chat.activity({ text: 'my laptop is stuck on 80180014' }));
        return {
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: await response.text(),
        };
      }),
    );
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(2);
    expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    for (const a of refused) {
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
      expect(JSON.parse(a.body)).toEqual({ error: 'busy, try again in a moment' });
    }
    // once the burst is over, every conversation is served again: the retry a refused one gets from the connector
    for (const chat of chats) {
      const again = await chat.say(app, 'my laptop is stuck on 80180014');
      expect(again.status).toBe(200);
      expect(shown(again.replies)).toContain('0x80180014');
    }
  });
});
