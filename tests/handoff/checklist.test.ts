import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import {
  checklistFacts,
  checklistQuestions,
  missingChecklistCount,
  nextChecklistQuestion,
} from '../../src/tickets/checklist.js';
import { helpdeskChannelConfig } from '../../src/tickets/helpdesk-config.js';
import { realKnowledgeBase } from '../helpers/bot-harness.js';

const kb = realKnowledgeBase();

describe('the hand-off checklist', () => {
  it("is the catalogue's checklist questions, in catalogue order", () => {
    const ids = checklistQuestions(kb, {}).map((q) => q.id);
    expect(ids[0]).toBe('platform');
    expect(ids).toContain('license-assigned');
    expect(ids).toContain('windows-updated');
    expect(ids.every((id) => kb.questions.get(id)?.checklist)).toBe(true);
  });

  it('leaves out the Windows updates once the platform is known to be another', () => {
    expect(checklistQuestions(kb, { platform: 'ios' }).map((q) => q.id)).not.toContain('windows-updated');
    expect(checklistQuestions(kb, { platform: 'windows' }).map((q) => q.id)).toContain('windows-updated');
  });

  it('takes the codes for the exact error, and asks only what nobody answered ("unknown" is an answer)', () => {
    const facts = checklistFacts({ platform: 'windows', 'license-assigned': 'unknown' }, ['0x80180014', '0x80070005']);
    expect(facts['error-message']).toBe('0x80180014, 0x80070005');
    expect(nextChecklistQuestion(kb, facts)).toBe('windows-updated');
    expect(missingChecklistCount(kb, facts)).toBe(checklistQuestions(kb, facts).length - 3);
    expect(checklistFacts({ 'error-message': 'typed' }, ['0x1'])['error-message']).toBe('typed');
  });
});

describe('the helpdesk channel from configuration', () => {
  const config = parseConfig({});

  it('is absent unless both settings are set', () => {
    expect(helpdeskChannelConfig(config)).toBeUndefined();
    expect(
      helpdeskChannelConfig({
        ...config,
        HELPDESK_CHANNEL_ID: '19:abc@thread.tacv2',
        HELPDESK_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
      }),
    ).toEqual({ channelId: '19:abc@thread.tacv2', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
  });

  it('names the missing or wrong setting', () => {
    expect(() => helpdeskChannelConfig({ ...config, HELPDESK_CHANNEL_ID: '19:abc@thread.tacv2' })).toThrow(ConfigError);
    expect(() => helpdeskChannelConfig({ ...config, HELPDESK_CHANNEL_ID: '19:abc@thread.tacv2' })).toThrow(
      /HELPDESK_SERVICE_URL is required/,
    );
    expect(() =>
      helpdeskChannelConfig({ ...config, HELPDESK_CHANNEL_ID: '19:a', HELPDESK_SERVICE_URL: 'smba' }),
    ).toThrow(/http\(s\) URL/);
  });
});
