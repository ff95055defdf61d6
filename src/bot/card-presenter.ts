import { MessageFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { Diagnosis, Match } from '../core/diagnosis/diagnose.js';
import { rankCauses } from '../core/diagnosis/conditions.js';
import type { KnowledgeBase } from '../core/kb/load.js';
import type { Entry, Question } from '../core/kb/schema.js';
import type { Lang } from '../core/lang.js';
import type { Facts } from '../core/text/extract-facts.js';
import {
  answerCard,
  checklistSummaryCard,
  disambiguationCard,
  dsregcmdReportCard,
  noMatchCard,
  questionAnsweredCard,
  questionCard,
  ticketCard,
  welcomeCard,
} from '../cards/index.js';
import { answerCardData } from '../cards/answer-data.js';
import { t, type PhraseKey } from '../i18n/index.js';
import type { Ticket } from '../tickets/ticket.js';
import { checklistItems, ticketCardData, ticketListText, ticketNoticeText } from '../tickets/ticket-view.js';
import type { Presenter } from '../conversation/presenter.js';
import { turnLang, turnOf } from '../conversation/turn.js';

const YES_NO: Record<Lang, Record<string, string>> = {
  nl: { yes: 'Ja', no: 'Nee', unknown: 'Weet ik niet' },
  en: { yes: 'Yes', no: 'No', unknown: "Don't know" },
};

/** The answer as the user sees it: an answer value in their language ('home' -> 'Home', 'yes' -> 'Ja'). */
export function answerLabel(question: Question, value: string, lang: Lang): string {
  const choice = question.choices.find((c) => c.value === value);
  return choice?.label[lang] ?? YES_NO[lang][value] ?? value;
}

/** Cards for everything the dialogs show, in the turn's language. */
export class CardPresenter implements Presenter {
  constructor(private readonly kb: KnowledgeBase) {}

  async say(context: TurnContext, key: PhraseKey, vars: Record<string, string | number> = {}): Promise<void> {
    await context.sendActivity(t(turnLang(context), key, vars));
  }

  async welcome(context: TurnContext): Promise<void> {
    const lang = turnLang(context);
    const isGroup =
      context.activity.conversation?.isGroup === true || context.activity.conversation?.conversationType === 'channel';
    await this.send(context, welcomeCard({ lang, mode: 'welcome', showChannelTip: isGroup }));
  }

  async answer(context: TurnContext, match: Match, diagnosis: Diagnosis): Promise<void> {
    const { lang, audience } = turnOf(context);
    const data = answerCardData({ kb: this.kb, match, diagnosis, lang, audience, answerLabel });
    await this.send(context, answerCard(data));
  }

  async question(context: TurnContext, question: Question, retry: boolean): Promise<string | undefined> {
    const lang = turnLang(context);
    const choices =
      question.type === 'choice'
        ? question.choices.map((c) => ({ value: c.value, label: c.label[lang] }))
        : question.type === 'yes-no'
          ? [
              { value: 'yes', label: YES_NO[lang].yes ?? 'yes' },
              { value: 'no', label: YES_NO[lang].no ?? 'no' },
            ]
          : undefined;
    const card = questionCard({
      lang,
      questionId: question.id,
      text: question.text[lang],
      ...(retry ? { hint: t(lang, 'question.retry') } : {}),
      ...(choices ? { choices } : {}),
      freeText: question.type === 'text' || question.type === 'number',
    });
    return this.send(context, card);
  }

  async questionAnswered(
    context: TurnContext,
    question: Question,
    value: string,
    activityId: string | undefined,
  ): Promise<void> {
    if (!activityId) return;
    const lang = turnLang(context);
    const isGroup = context.activity.conversation?.isGroup === true;
    const card = questionAnsweredCard({
      lang,
      question: question.text[lang],
      answer: answerLabel(question, value, lang),
      ...(isGroup && context.activity.from?.name ? { answeredBy: context.activity.from.name } : {}),
    });
    const update = { ...MessageFactory.attachment(card), id: activityId };
    // A client that cannot update a sent card (or a card already gone) keeps the old one: not worth failing a turn.
    await context.updateActivity(update).catch(() => undefined);
  }

  async disambiguation(context: TurnContext, candidates: readonly Entry[], retry: boolean): Promise<void> {
    const lang = turnLang(context);
    await this.send(
      context,
      disambiguationCard({
        lang,
        ...(retry ? { intro: t(lang, 'disambiguation.retry') } : {}),
        options: candidates.map((e) => ({
          entryId: e.id,
          title: e.title[lang],
          summary: e.messages[lang][0] ?? e.summary[lang],
        })),
      }),
    );
  }

  async noMatch(context: TurnContext, diagnosis: Diagnosis): Promise<void> {
    const lang = turnLang(context);
    await this.send(
      context,
      noMatchCard({
        lang,
        text: turnOf(context).text,
        unknownCodes: diagnosis.unknownCodes,
        canHandoff: true,
      }),
    );
  }

  async rephrase(context: TurnContext): Promise<void> {
    const lang = turnLang(context);
    await this.send(
      context,
      noMatchCard({
        lang,
        canHandoff: true,
        rephrase: { title: t(lang, 'triage.rephraseTitle'), text: t(lang, 'triage.rephrase') },
      }),
    );
  }

  async dsregReport(context: TurnContext, diagnosis: Diagnosis): Promise<void> {
    const report = diagnosis.dsregcmd;
    if (!report) return;
    const lang = turnLang(context);
    const findings = report.findings.flatMap((f) => {
      if (f.ok || !f.source) return [];
      const entry = this.kb.entries.find(
        (e) =>
          e.source.doc === f.source?.doc &&
          e.source.anchor === f.source.anchor &&
          (e.source.key ?? '') === (f.source.key ?? ''),
      );
      return entry ? [{ text: `**${f.field}: ${f.value}**: ${entry.summary[lang]}`, problem: true }] : [];
    });
    await this.send(
      context,
      dsregcmdReportCard({
        lang,
        rows: report.findings.map((f) => ({ field: f.field, value: f.value, ok: f.ok })),
        findings,
      }),
    );
  }

  async checklistSummary(
    context: TurnContext,
    checklist: { facts: Facts; codes: readonly string[] },
    options: { confirmable: boolean; replaceId?: string },
  ): Promise<string | undefined> {
    const lang = turnLang(context);
    const card = checklistSummaryCard({
      lang,
      items: checklistItems(this.kb, checklist.facts, lang, answerLabel),
      codes: [...checklist.codes],
      confirmable: options.confirmable,
    });
    if (!options.replaceId) return this.send(context, card);
    // a client that cannot update a sent card keeps the old one: not worth failing a turn
    await context.updateActivity({ ...MessageFactory.attachment(card), id: options.replaceId }).catch(() => undefined);
    return options.replaceId;
  }

  async tickets(context: TurnContext, tickets: readonly Ticket[]): Promise<void> {
    await context.sendActivity(ticketListText(tickets, turnLang(context)));
  }

  ticketActivity(ticket: Ticket, lang: Lang, options: { shownHere?: boolean } = {}): Partial<Activity> {
    const card = ticketCard(ticketCardData(this.kb, ticket, lang, answerLabel));
    return MessageFactory.attachment(card, options.shownHere ? t(lang, 'handoff.shownHere') : undefined);
  }

  ticketNotice(ticket: Ticket, change: 'assigned' | 'resolved'): Partial<Activity> {
    const text = ticketNoticeText(ticket, change);
    const entry =
      change === 'resolved' && ticket.linkedEntryId
        ? this.kb.entries.find((e) => e.id === ticket.linkedEntryId)
        : undefined;
    if (!entry) return MessageFactory.text(text);
    // the answer that fixed it, as the bot shows answers, under the agent's note: the user keeps the steps
    const match: Match = { entry, score: 1, reasons: [], causes: rankCauses(entry, ticket.facts) };
    const diagnosis: Diagnosis = {
      language: ticket.lang,
      codes: [],
      events: [],
      facts: ticket.facts,
      matches: [match],
      questions: [],
      confidence: 1,
      unknownCodes: [],
    };
    const data = answerCardData({ kb: this.kb, match, diagnosis, lang: ticket.lang, answerLabel });
    return MessageFactory.attachment(answerCard(data), text);
  }

  private async send(context: TurnContext, card: Attachment): Promise<string | undefined> {
    const response = await context.sendActivity(MessageFactory.attachment(card));
    return response?.id;
  }
}
