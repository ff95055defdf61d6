import type { Attachment } from 'botbuilder';
import type { Lang } from '../core/lang.js';
import { markdownText } from './escape.js';
import { renderCard } from './render.js';
import { fallback, fill, labelsFor, markdownList, submit, trusted } from './view.js';

export interface WelcomeCommand {
  /** A word the bot understands at any time ("opnieuw", "stop"). */
  command: string;
  description: string;
}

/** The first message in a conversation (`welcome`), or the answer to "help" (`help`). */
export interface WelcomeCardData {
  lang: Lang;
  mode?: 'welcome' | 'help';
  /** The user's display name, for the greeting. */
  name?: string;
  /** Example messages to click; the card's own examples when absent. */
  examples?: string[];
  /** The words that work at any time, listed on the help card. */
  commands?: WelcomeCommand[];
  /** Tell people to @mention the bot (group chats and channels). */
  showChannelTip?: boolean;
}

const MAX = { examples: 4, example: 120, commands: 6 };

export function welcomeCard(data: WelcomeCardData): Attachment {
  return renderCard('welcome', () => welcomeView(data));
}

function welcomeView(d: WelcomeCardData): object {
  const labels = labelsFor(d.lang);
  const help = d.mode === 'help';
  // the title is a TextBlock, which is markdown: a display name could carry links or emphasis
  const name = d.name?.trim() ? markdownText(d.name, { maxLength: 60 }) : undefined;
  const title = help ? labels.helpTitle : name ? fill(labels.welcomeTitleNamed, { name }) : labels.welcomeTitle;
  const examples = (d.examples ?? labels.examples).slice(0, MAX.examples).map((text) => {
    const example = trusted(text, MAX.example);
    return { title: example, data: submit({ action: 'example', text: example }) };
  });
  const intro = help ? labels.helpIntro : labels.welcomeIntro;
  return {
    lang: d.lang,
    labels,
    title,
    intro,
    canDo: markdownList(labels.canDo, false),
    commands: (d.commands ?? []).slice(0, MAX.commands).map((c) => ({
      command: trusted(c.command, 40),
      description: trusted(c.description, 200),
    })),
    examples,
    channelTip: d.showChannelTip ? labels.channelTip : undefined,
    fallbackText: fallback([title, intro, markdownList(labels.canDo, false)]),
  };
}
