import { generateKeyPairSync, createHmac, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { memoryStorage } from '../../src/storage/create-storage.js';
import { message } from '../helpers/activities.js';
import { realKnowledgeBase } from '../helpers/bot-harness.js';
import { FakeConnector } from '../helpers/fake-connector.js';

const APP_ID = '0b5e1c2d-3f40-4a5b-8c6d-7e8f90a1b2c3';
const CHANNEL_ISSUER = 'https://api.botframework.com';
const KID = 'local-signing-key';

const b64 = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

function jwt(header: object, payload: object, signWith?: KeyObject | string): string {
  const data = `${b64(header)}.${b64(payload)}`;
  if (signWith === undefined) return `${data}.`;
  const signature =
    typeof signWith === 'string'
      ? createHmac('sha256', signWith).update(data).digest()
      : sign('RSA-SHA256', Buffer.from(data), signWith);
  return `${data}.${b64(signature)}`;
}

/** The Bot Connector's signing keys, served as OpenID metadata on 127.0.0.1 (or not at all: `down`). */
async function keyServer(publicKey: KeyObject): Promise<{ url: string; down: string; server: Server }> {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    else if (req.url === '/keys')
      res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig' }] }));
    else if (req.url === '/down') res.writeHead(503).end('{}');
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${base}/openid`, down: `${base}/down`, server };
}

describe('tokens on /api/messages with an app id configured', { timeout: 60_000 }, () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const connector = new FakeConnector();
  let keys: Awaited<ReturnType<typeof keyServer>>;
  const apps: { url: string; close: () => void }[] = [];

  /** The bot with the Bot Connector's keys at `metadataUrl`. */
  async function bot(metadataUrl: string): Promise<string> {
    const config = parseConfig({
      STORAGE: 'memory',
      LOG_LEVEL: 'silent',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'x',
    });
    const authentication = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'x',
      MicrosoftAppType: 'MultiTenant',
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
    });
    const { server } = buildApp({
      config,
      logger: silentLogger(),
      kb: realKnowledgeBase(),
      storage: memoryStorage(),
      authentication,
    });
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
    const url = `http://127.0.0.1:${server.address().port}/api/messages`;
    apps.push({
      url,
      close: () => {
        server.close();
      },
    });
    return url;
  }

  beforeAll(async () => {
    await connector.start();
    keys = await keyServer(publicKey);
  });
  afterAll(async () => {
    for (const app of apps) app.close();
    keys.server.close();
    await connector.stop();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: object = {}) => ({
    iss: CHANNEL_ISSUER,
    aud: APP_ID,
    serviceurl: connector.url,
    nbf: now() - 60,
    exp: now() + 3600,
    ...extra,
  });
  const rs256 = { alg: 'RS256', typ: 'JWT', kid: KID };

  async function post(url: string, authorization: string | undefined) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(message({ serviceUrl: connector.url, channelId: 'msteams', text: '80180014' })),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
  }

  /** Refused without the keys: the key server is down, so a 401 here means they were never needed. */
  const withoutKeys: [string, () => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['a header that is not a bearer token', () => 'Basic dXNlcjpwYXNz'],
    ['a bearer token that is not a JWT', () => 'Bearer not-a-token'],
    ['alg: none', () => `Bearer ${jwt({ alg: 'none', typ: 'JWT' }, claims())}`],
    ['a self-signed HS256 token', () => `Bearer ${jwt({ alg: 'HS256', typ: 'JWT', kid: KID }, claims(), 'secret')}`],
    ['an expired token', () => `Bearer ${jwt(rs256, claims({ exp: now() - 3600 }), privateKey)}`],
    ['a token for another audience', () => `Bearer ${jwt(rs256, claims({ aud: 'another-app' }), privateKey)}`],
    ['a token from another issuer', () => `Bearer ${jwt(rs256, claims({ iss: 'https://evil.example' }), privateKey)}`],
  ];

  it.each(withoutKeys)('%s: 401 before any key is fetched, no internal error in the body', async (_name, token) => {
    const url = await bot(keys.down);
    const answer = await post(url, token());
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toEqual({ error: 'unauthorized' });
  });

  it('a well-formed token while the keys cannot be fetched: 503 with Retry-After, no internal error', async () => {
    // nothing listens on port 9 (discard) of the loopback interface
    for (const url of [await bot('http://127.0.0.1:9/openid')]) {
      const answer = await post(url, `Bearer ${jwt(rs256, claims(), privateKey)}`);
      expect(answer.status).toBe(503);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(JSON.parse(answer.body)).toEqual({ error: 'try again later' });
    }
  });

  it('with the keys at hand: a bad signature is 401, the right one is served', async () => {
    const url = await bot(keys.url);
    const forged = await post(url, `Bearer ${jwt(rs256, claims(), other.privateKey)}`);
    expect(forged.status).toBe(401);
    expect(JSON.parse(forged.body)).toEqual({ error: 'unauthorized' });
    const real = await post(url, `Bearer ${jwt(rs256, claims(), privateKey)}`);
    expect(real.status).toBe(200);
  });
});
