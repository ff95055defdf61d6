import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppServer } from '../helpers/app-server.js';
import { TEAMS_BOT, at, teamsMessage } from '../helpers/teams-activities.js';

/** Runs that made the mention stripping quadratic: 28,000 characters, Teams' limit, around a code and a mention. */
const stallers: [string, string][] = [
  ['spaces', `${' '.repeat(28_000)}80180014 ${at()}`],
  ['&nbsp;', `${'&nbsp;'.repeat(4_600)}80180014 ${at()}`],
  ['unclosed <at> tags', `${'<at>'.repeat(7_000)}80180014 ${at()}`],
];

describe('one large message does not stall the process', { timeout: 60_000 }, () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  /** The longest /healthz waited for an answer while one channel message with this text was answered. */
  async function longestHealthzWait(text: string): Promise<number> {
    let done = false;
    const turn = app
      .post(teamsMessage({ serviceUrl: app.connector.url, scope: 'channel', text, mentions: [TEAMS_BOT] }))
      .then(async (response) => {
        done = true;
        await response.arrayBuffer();
        return response.status;
      });
    let longest = 0;
    while (!done) {
      const asked = performance.now();
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      longest = Math.max(longest, performance.now() - asked);
    }
    expect(await turn).toBe(200);
    return longest;
  }

  it.each(stallers)('/healthz keeps answering while a channel message of %s is read', async (_name, text) => {
    const short = `80180014 ${at()}`;
    await longestHealthzWait(short); // warm-up: the first turn compiles and fills caches
    const usual = await longestHealthzWait(short);
    const large = await longestHealthzWait(text);
    // A stalled event loop keeps /healthz waiting for seconds; a free one a few times as long as for a short message.
    // A ratio, with a floor so that a wait of a few milliseconds is not compared with one of less than one.
    expect(large / Math.max(usual, 50)).toBeLessThan(12);
  });
});
