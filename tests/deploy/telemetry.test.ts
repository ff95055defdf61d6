import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/package-app.js';
import { Chat, asks, likelyCause } from '../helpers/chat.js';
import type { Seen } from '../helpers/conversation.js';
import { FakeConnector } from '../helpers/fake-connector.js';
import { freePort } from '../helpers/free-port.js';
import { serveBot, type ServedBot } from './served-bot.js';

const NEVER_SENT = ['error 80180003', 'my printer is broken'];

/** The same conversation, start to hand-off: what the user sees at each step. */
async function converse(bot: ServedBot, connector: FakeConnector): Promise<Seen[][]> {
  const chat = new Chat(connector, { locale: 'en-US', conversationId: 'conv-telemetry' });
  const steps: Seen[][] = [];
  const asked = (await chat.say(bot, NEVER_SENT[0] ?? '')).replies;
  expect(asks(asked, 'windows-edition')).toBe(true);
  steps.push(asked);
  const answered = (await chat.say(bot, 'Home')).replies;
  expect(likelyCause(answered)).toMatch(/Windows 10 Home/);
  steps.push(answered);
  const solved = answered.flatMap((r) => r.buttons).find((b) => b.data.action === 'solved');
  steps.push((await chat.press(bot, solved?.data ?? {})).replies);
  steps.push((await chat.say(bot, NEVER_SENT[1] ?? '')).replies);
  steps.push((await chat.press(bot, { action: 'handoff' })).replies);
  return steps.map((replies) => replies.map(({ text, cardText, buttons }) => ({ text, cardText, buttons })));
}

/** A self-signed certificate for 127.0.0.1 (the exporter only speaks https). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'ingestion-tls-'));
  try {
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr.toString()}`);
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A stand-in for Application Insights' ingestion endpoint: keeps every envelope it is sent. */
function fakeIngestion(): Promise<{ server: Server; url: string; received: () => string }> {
  const bodies: string[] = [];
  const server = createServer(selfSigned(), (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      bodies.push((req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        received: () => bodies.join('\n'),
      }),
    ),
  );
}

const REQUEST_SPAN = /"name":"POST \/api\/messages"/;

/** Waits until `done()` holds or `ms` pass (the assertion after it says which). */
async function until(done: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 200));
}

const connectionString = (endpoint: string) =>
  `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=${endpoint};LiveEndpoint=${endpoint}`;
// The SDK's own usage reports go to Microsoft's hosts, whatever the connection string says: off in tests.
const QUIET = { APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true', APPLICATIONINSIGHTS_SDKSTATS_DISABLED: 'true' };
const run = (env: Record<string, string>) =>
  serveBot(['node', '--import', 'tsx', 'src/index.ts'], PROJECT_ROOT, { STORAGE: 'memory', ...QUIET, ...env });

describe('telemetry to Application Insights', { timeout: 120_000 }, () => {
  const connector = new FakeConnector();
  let without: Seen[][];
  beforeAll(async () => {
    await connector.start();
    const bot = await run({});
    without = await converse(bot, connector);
    expect((await bot.stop()).code).toBe(0);
  });
  afterAll(() => connector.stop());

  it('with the endpoint down (a closed port), the user sees exactly the same, and SIGTERM still ends it cleanly', async () => {
    const closed = `https://127.0.0.1:${await freePort()}/`;
    const bot = await run({ APPLICATIONINSIGHTS_CONNECTION_STRING: connectionString(closed) });
    expect(await converse(bot, connector)).toEqual(without);
    expect(await bot.stop()).toEqual({ code: 0, signal: null });
    expect(bot.output()).toMatch(/telemetry: sending to Application Insights/);
  });

  it('with the endpoint up, sends requests, turn durations and outcome counts, and no message text', async () => {
    const ingestion = await fakeIngestion();
    try {
      const bot = await run({
        APPLICATIONINSIGHTS_CONNECTION_STRING: connectionString(ingestion.url),
        // the stand-in's certificate is its own
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
      });
      expect(await converse(bot, connector)).toEqual(without);
      // spans leave in batches a few seconds apart: wait for the requests' batch while the bot runs, so the test does
      // not depend on the 2 s shutdown flush winning the race on a busy machine (the counts still leave at shutdown)
      await until(() => REQUEST_SPAN.test(ingestion.received()), 20_000);
      expect((await bot.stop()).code).toBe(0);
      const sent = ingestion.received();
      expect(sent).toMatch(REQUEST_SPAN);
      expect(sent).toMatch(/bot\.turn\.duration/);
      for (const outcome of ['answered', 'solved', 'no-match']) expect(sent).toContain(`"outcome":"${outcome}"`);
      for (const text of NEVER_SENT) expect(sent).not.toContain(text);
    } finally {
      ingestion.server.close();
    }
  });
});
