import type { Activity, Mention } from 'botbuilder';

type MessageLike = Pick<Partial<Activity>, 'text' | 'entities' | 'recipient' | 'channelId'>;

/** Markup Teams leaves in a message's text; anything else that looks like a tag is the user's own text. */
const FORMATTING_TAG = /<\/?(?:p|div|span|br|b|i|u|s|strong|em)(?:\s[^<>]*)?\/?>/gi;
/** Another person's mention; its name holds no other `<at>`, so an unclosed tag is never read past the next one. */
const OTHER_MENTION = /<at(?:\s[^<>]*)?>((?:[^<]|<(?!\/?at[\s>]))*)<\/at>/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Where a removed mention was, until the spaces around it are collapsed (a private-use character). */
const REMOVED = '\uE000';
/**
 * Spaces (and `&nbsp;`) around removed mentions, on their line only (a pasted `dsregcmd /status` keeps its layout),
 * become one space. A match starts only where a run of spaces starts: tried from inside a run, every start would read
 * the whole run again (quadratic on a message of spaces).
 */
const AROUND_REMOVED = /(?<![ \t\u00a0]|&nbsp;)(?:[ \t\u00a0]|&nbsp;)*\uE000(?:[ \t\u00a0\uE000]|&nbsp;)*/gi;

function mentionsOf(activity: MessageLike): Mention[] {
  return (activity.entities ?? []).filter((e): e is Mention => e.type?.toLowerCase() === 'mention');
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the message @mentions the bot (a mention entity for the recipient, or its `<at>` tag). */
export function mentionsBot(activity: MessageLike): boolean {
  const botId = activity.recipient?.id;
  if (botId && mentionsOf(activity).some((m) => m.mentioned?.id === botId)) return true;
  const name = activity.recipient?.name?.trim();
  return !!name && new RegExp(`<at(?:\\s[^<>]*)?>\\s*${escapeRegExp(name)}\\s*</at>`, 'i').test(activity.text ?? '');
}

/**
 * The message as the user meant it, without the bot's @mention wherever it stands (Teams puts `<at>Bot</at>` in the
 * text, a long name sometimes as several tags) and, on Teams, without the markup around it: other people's mentions
 * keep their names, `&nbsp;` and friends become characters. A comma or colon right after a leading mention goes too.
 * Unlike `TurnContext.removeRecipientMention`, every mention of the bot is removed and the words around one in the
 * middle keep a single space between them.
 */
export function stripBotMention(activity: MessageLike): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  const tags = new Set<string>();
  for (const m of mentionsOf(activity)) if (botId && m.mentioned?.id === botId && m.text) tags.add(m.text);
  const name = activity.recipient?.name?.trim();
  const byName = name ? `<at(?:\\s[^<>]*)?>\\s*${escapeRegExp(name)}\\s*</at>` : undefined;
  const patterns = [...[...tags].map(escapeRegExp), ...(byName ? [byName] : [])];
  let removed = false;
  for (const pattern of patterns) {
    text = text.replace(new RegExp(pattern, 'gi'), () => {
      removed = true;
      return REMOVED;
    });
  }
  if (removed) text = text.replace(AROUND_REMOVED, ' ');
  if (activity.channelId === 'msteams') {
    text = text
      .replace(OTHER_MENTION, '$1')
      .replace(FORMATTING_TAG, (tag) => (/^<(?:br|\/p|\/div)\b/i.test(tag) ? '\n' : ''))
      .replace(ENTITY, decode);
  }
  text = text.trim();
  return removed ? text.replace(/^[,:;]\s*/, '') : text;
}

function decode(whole: string, dec: string | undefined, hex: string | undefined): string {
  const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  return NAMED[whole.slice(1, -1).toLowerCase()] ?? whole;
}
