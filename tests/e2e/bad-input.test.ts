import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../helpers/activities.js';
import { startBot, type RunningBot } from '../helpers/bot-harness.js';

describe('bad input on /api/messages: a 4xx with a short JSON error, and the server keeps serving', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
  });

  const cases: [string, () => Promise<Response>][] = [
    ['malformed JSON', () => bot.postRaw('{"type": "message", ')],
    ['a JSON array', () => bot.post([1, 2, 3])],
    ['a JSON string', () => bot.post('hello')],
    ['null', () => bot.postRaw('null')],
    [
      'an activity without type',
      () => bot.post({ ...message({ serviceUrl: bot.connector.url, text: 'x' }), type: undefined }),
    ],
    [
      'an activity without conversation',
      () => bot.post({ ...message({ serviceUrl: bot.connector.url, text: 'x' }), conversation: undefined }),
    ],
    [
      'an activity without serviceUrl',
      () => bot.post({ ...message({ serviceUrl: bot.connector.url, text: 'x' }), serviceUrl: undefined }),
    ],
    ['an activity with a serviceUrl that is no URL', () => bot.post(message({ serviceUrl: 'not a url', text: 'x' }))],
    ['a 5 MB body', () => bot.postRaw(JSON.stringify({ type: 'message', text: 'x'.repeat(5 * 1024 * 1024) }))],
    ['a body that is not JSON at all', () => bot.postRaw('hello', { 'content-type': 'text/plain' })],
    ['a number as text', () => bot.post(message({ serviceUrl: bot.connector.url, text: 42 as unknown as string }))],
    [
      'an object as text',
      () => bot.post(message({ serviceUrl: bot.connector.url, text: { evil: true } as unknown as string })),
    ],
  ];

  it.each(cases)('%s', async (_name, send) => {
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as Record<string, unknown>;
    expect(typeof (body.error ?? body.message)).toBe('string');
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
