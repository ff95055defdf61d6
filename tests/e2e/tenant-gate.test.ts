import { MemoryStorage } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import type { ManagedStorage } from '../../src/storage/create-storage.js';
import { startApp, type AppServer } from '../helpers/app-server.js';
import { Chat, shown } from '../helpers/chat.js';
import { captureLog } from '../helpers/log-capture.js';

const OURS = '11111111-2222-3333-4444-555555555555';
const THEIRS = '99999999-8888-7777-6666-555555555555';

/** Memory storage whose contents the test can see. */
function visibleStorage(): { managed: ManagedStorage; keys: () => string[] } {
  const memory: Record<string, string> = {};
  const managed: ManagedStorage = {
    storage: new MemoryStorage(memory),
    probe: () => Promise.resolve(undefined),
    close: () => Promise.resolve(),
  };
  return { managed, keys: () => Object.keys(memory) };
}

const teams = (
  tenantId: string | undefined,
  where: 'channelData' | 'conversation' = 'channelData',
  channelId = 'msteams',
) => ({
  channelId,
  extra: where === 'channelData' && tenantId ? { channelData: { tenant: { id: tenantId } } } : {},
  tenantInConversation: where === 'conversation' ? tenantId : undefined,
});

describe('tenant control (ALLOWED_TENANTS)', () => {
  let app: AppServer | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  async function start(allowed: string) {
    const storage = visibleStorage();
    const log = captureLog('info');
    app = await startApp({ env: { ALLOWED_TENANTS: allowed }, storage: storage.managed, logger: log.logger });
    return { app, storage, log };
  }

  function chatFrom(
    server: AppServer,
    tenantId: string | undefined,
    locale: string,
    where?: 'conversation',
    channelId?: string,
  ) {
    const t = teams(tenantId, where, channelId);
    const conversationId = `a:${Math.random().toString(36).slice(2)}`;
    return new Chat(server.connector, {
      locale,
      channelId: t.channelId,
      conversationId,
      extra: {
        ...t.extra,
        conversation: {
          id: conversationId,
          conversationType: 'personal',
          isGroup: false,
          name: '',
          tenantId: t.tenantInConversation,
        },
      },
    });
  }

  it.each([
    ['nl-NL', 'mijn laptop blijft hangen op 80180014', nl['tenant.refused']],
    ['en-US', 'my laptop is stuck on 80180014', en['tenant.refused']],
  ])(
    'refuses a Teams message from another tenant politely (%s), logs it and stores nothing',
    async (locale, text, refusal) => {
      const { app, storage, log } = await start(OURS);
      const chat = chatFrom(app, THEIRS, locale);
      const sent = await chat.say(app, text);
      expect(sent.status).toBe(200);
      expect(sent.replies).toHaveLength(1);
      expect(shown(sent.replies)).toContain(refusal);
      expect(shown(sent.replies)).not.toContain('0x80180014');
      expect(storage.keys()).toEqual([]);
      const refused = log.entries().find((e) => typeof e.msg === 'string' && e.msg.includes('not allowed'));
      expect(refused).toMatchObject({ level: 40, tenantId: THEIRS, conversationId: chat.conversationId });
    },
  );

  it('serves a Teams message from an allowed tenant (channelData or conversation.tenantId, any case)', async () => {
    const { app, storage } = await start(`${THEIRS.toUpperCase()}, ${OURS}`);
    for (const chat of [chatFrom(app, OURS.toUpperCase(), 'en-US'), chatFrom(app, THEIRS, 'en-US', 'conversation')]) {
      const sent = await chat.say(app, 'my laptop is stuck on 80180014');
      expect(shown(sent.replies)).toContain('0x80180014');
      expect(storage.keys().some((key) => key.includes(chat.conversationId))).toBe(true);
    }
  });

  it('refuses a Teams message that names no tenant, or another tenant only in conversation.tenantId', async () => {
    const { app, storage } = await start(OURS);
    for (const chat of [chatFrom(app, undefined, 'en-US'), chatFrom(app, THEIRS, 'en-US', 'conversation')]) {
      expect(shown((await chat.say(app, 'my laptop is stuck on 80180014')).replies)).toContain(en['tenant.refused']);
    }
    expect(storage.keys()).toEqual([]);
  });

  it('ignores other activity types from another tenant quietly (an invoke gets 200, nothing is sent)', async () => {
    const { app, storage } = await start(OURS);
    const chat = chatFrom(app, THEIRS, 'en-US');
    for (const extra of [
      { type: 'invoke', name: 'adaptiveCard/action' },
      { type: 'conversationUpdate', membersAdded: [{ id: 'user-9', name: 'Someone' }] },
    ]) {
      const sent = await chat.send(app, chat.activity({ extra }));
      expect(sent.status).toBe(200);
      expect(sent.replies).toHaveLength(0);
    }
    expect(storage.keys()).toEqual([]);
  });

  it.each(['webchat', 'directline', 'MSTEAMS', 'emulator'])(
    'refuses a %s activity from another tenant or from none: the gate holds whatever channelId says',
    async (channelId) => {
      const { app, storage } = await start(OURS);
      for (const chat of [chatFrom(app, THEIRS, 'en-US', undefined, channelId), chatFrom(app, undefined, 'en-US')]) {
        const sent = await chat.say(app, 'my laptop is stuck on 80180014');
        expect(shown(sent.replies)).toContain(en['tenant.refused']);
        expect(shown(sent.replies)).not.toContain('0x80180014');
      }
      expect(storage.keys()).toEqual([]);
    },
  );

  it('refuses an allowed channelData.tenant when conversation.tenantId names another tenant', async () => {
    const { app, storage, log } = await start(OURS);
    const conversationId = 'a:1two-tenants';
    const chat = new Chat(app.connector, {
      locale: 'en-US',
      channelId: 'msteams',
      conversationId,
      extra: {
        channelData: { tenant: { id: OURS } },
        conversation: { id: conversationId, conversationType: 'personal', isGroup: false, name: '', tenantId: THEIRS },
      },
    });
    expect(shown((await chat.say(app, 'my laptop is stuck on 80180014')).replies)).toContain(en['tenant.refused']);
    expect(storage.keys()).toEqual([]);
    expect(log.entries().find((e) => e.why === 'two tenants')).toMatchObject({ level: 40, conversationId });
  });

  it('lets every tenant and channel in when ALLOWED_TENANTS is empty (the Emulator included)', async () => {
    const { app } = await start('');
    const teamsChat = chatFrom(app, THEIRS, 'en-US');
    expect(shown((await teamsChat.say(app, 'my laptop is stuck on 80180014')).replies)).toContain('0x80180014');
    const emulator = new Chat(app.connector, { locale: 'en-US' });
    expect(shown((await emulator.say(app, 'my laptop is stuck on 80180014')).replies)).toContain('0x80180014');
  });
});
