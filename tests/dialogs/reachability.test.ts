import { describe, expect, it } from 'vitest';
import { conversation, type Seen } from '../helpers/conversation.js';
import { realKnowledgeBase } from '../helpers/bot-harness.js';
import type { Entry } from '../../src/core/kb/schema.js';

const kb = realKnowledgeBase();

/** Plays a conversation towards `entry`: picks it when offered, answers questions "don't know", says "not solved" to others. */
async function reaches(entry: Entry, opening: string): Promise<boolean> {
  const c = conversation({ locale: 'en-US' });
  let replies: Seen[] = await c.say(opening);
  for (let turn = 0; turn < 10; turn++) {
    const buttons = replies.flatMap((r) => r.buttons);
    const answered = buttons.find((b) => b.data.action === 'solved')?.data.entryId;
    if (answered === entry.id) return true;
    const pick = buttons.find((b) => b.data.action === 'pick' && b.data.entryId === entry.id);
    const question = buttons.find((b) => b.data.action === 'answer');
    const notSolved = buttons.find((b) => b.data.action === 'not-solved');
    if (pick) replies = await c.press(pick.data);
    else if (question) replies = await c.press({ ...question.data, value: 'unknown' });
    else if (notSolved) replies = await c.press(notSolved.data);
    else return false;
  }
  return false;
}

function openings(entry: Entry): string[] {
  return [entry.codes[0], entry.messages.en[0], entry.symptoms.en[0], entry.symptoms.nl[0], entry.title.en].filter(
    (t): t is string => !!t,
  );
}

describe('every knowledge-base entry is reachable by a conversation', () => {
  it.each(kb.entries.map((e) => [e.id, e] as const))('%s', async (_id, entry) => {
    for (const opening of openings(entry)) if (await reaches(entry, opening)) return;
    expect.fail(`no opening reached ${entry.id}: ${openings(entry).join(' | ')}`);
  });
});
