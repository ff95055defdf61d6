import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import {
  ANNE,
  BRAM,
  TEAMS_BOT,
  TEAM_ID,
  teamsInstallationUpdate,
  teamsMembersAdded,
  teamsMembersRemoved,
  type TeamsOptions,
} from '../helpers/teams-activities.js';
import { startTeamsBot, type TeamsBot } from '../helpers/teams-driver.js';

const CAROL = { id: '29:carol', name: 'Carol Jansen' };

let teams: TeamsBot;
let url: string;
beforeEach(async () => {
  teams = await startTeamsBot();
  url = teams.bot.connector.url;
});
afterEach(async () => {
  await teams.stop();
});

type Members = {
  scope: TeamsOptions['scope'];
  conversationId?: string;
  members: TeamsOptions['from'][];
  locale?: string | null;
};
const added = (o: Members) =>
  teams.send(teamsMembersAdded({ serviceUrl: url, ...o, members: o.members.map((m) => m!) }));
const removed = (o: Members) =>
  teams.send(teamsMembersRemoved({ serviceUrl: url, ...o, members: o.members.map((m) => m!) }));

describe('personal scope', () => {
  it.each([
    ['the bot and the user', [ANNE, TEAMS_BOT]],
    ['the bot only', [TEAMS_BOT]],
  ])('install (%s added): one welcome card with examples', async (_name, members) => {
    const turn = await added({ scope: 'personal', conversationId: 'a:1personal-install', members });
    expect(turn.sent).toHaveLength(1);
    const examples = turn.sent[0]!.buttons.filter((b) => b.data.action === 'example');
    expect(examples.length).toBeGreaterThan(0);
    expect(turn.calls[0]?.conversationId).toBe('a:1personal-install');
  });

  it('welcomes once: the same install announced again gets nothing', async () => {
    await added({ scope: 'personal', conversationId: 'a:1personal-twice', members: [ANNE, TEAMS_BOT] });
    expect(
      (await added({ scope: 'personal', conversationId: 'a:1personal-twice', members: [TEAMS_BOT] })).calls,
    ).toEqual([]);
  });

  it('welcomes in the Teams locale', async () => {
    const turn = await added({
      scope: 'personal',
      conversationId: 'a:1personal-en',
      members: [TEAMS_BOT],
      locale: 'en-US',
    });
    expect(turn.sent[0]?.cardText).toContain('Try for example');
  });

  it("takes the locale of the installationUpdate when the conversationUpdate has none (Teams' order)", async () => {
    const conversationId = 'a:1personal-install-en';
    const install = await teams.send(
      teamsInstallationUpdate({
        serviceUrl: url,
        scope: 'personal',
        conversationId,
        action: 'add',
        locale: null,
        clientLocale: 'en-GB',
      }),
    );
    expect(install.calls).toEqual([]);
    const turn = await added({ scope: 'personal', conversationId, members: [ANNE, TEAMS_BOT], locale: null });
    expect(turn.sent[0]?.cardText).toContain('Try for example');
  });

  it('welcomes again after the app was uninstalled and installed anew', async () => {
    const conversationId = 'a:1personal-reinstall';
    await added({ scope: 'personal', conversationId, members: [TEAMS_BOT] });
    await teams.send(teamsInstallationUpdate({ serviceUrl: url, scope: 'personal', conversationId, action: 'remove' }));
    expect((await added({ scope: 'personal', conversationId, members: [TEAMS_BOT] })).sent).toHaveLength(1);
  });
});

describe('team scope', () => {
  it('added to a team: ONE short introduction in the General channel, not one per member', async () => {
    const turn = await added({ scope: 'channel', members: [TEAMS_BOT, ANNE, BRAM, CAROL] });
    expect(turn.sent.map((s) => s.text)).toEqual([t('nl', 'team.intro')]);
    expect(turn.calls).toHaveLength(1);
    // the team's id is its General channel's conversation id
    expect(turn.calls[0]?.conversationId).toBe(TEAM_ID);
    expect(t('nl', 'team.intro').length).toBeLessThan(400);
  });

  it('members added to the team later get no message', async () => {
    await added({ scope: 'channel', members: [TEAMS_BOT] });
    expect((await added({ scope: 'channel', members: [BRAM] })).calls).toEqual([]);
    expect((await added({ scope: 'channel', members: [CAROL, ANNE] })).calls).toEqual([]);
  });

  it('a repeated install event introduces once; after the app was removed, a new install introduces again', async () => {
    expect((await added({ scope: 'channel', members: [TEAMS_BOT] })).sent).toHaveLength(1);
    expect((await added({ scope: 'channel', members: [TEAMS_BOT] })).calls).toEqual([]);
    expect((await removed({ scope: 'channel', members: [TEAMS_BOT] })).calls).toEqual([]);
    expect((await added({ scope: 'channel', members: [TEAMS_BOT] })).sent.map((s) => s.text)).toEqual([
      t('nl', 'team.intro'),
    ]);
  });
});

describe('group chat', () => {
  it('added to a group chat: one short introduction; people added later get nothing', async () => {
    const conversationId = '19:group-welcome@thread.v2';
    const turn = await added({ scope: 'groupChat', conversationId, members: [TEAMS_BOT] });
    expect(turn.sent.map((s) => s.text)).toEqual([t('nl', 'groupChat.intro')]);
    expect(turn.calls[0]?.conversationId).toBe(conversationId);
    expect((await added({ scope: 'groupChat', conversationId, members: [CAROL] })).calls).toEqual([]);
  });

  it('introduces itself in English when the client is English', async () => {
    const turn = await added({
      scope: 'groupChat',
      conversationId: '19:group-en@thread.v2',
      members: [TEAMS_BOT],
      locale: 'en-US',
    });
    expect(turn.sent.map((s) => s.text)).toEqual([t('en', 'groupChat.intro')]);
  });
});
