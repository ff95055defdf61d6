import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/core/lang.js';
import { cardText } from '../../src/i18n/cards.js';
import {
  CardSizeError,
  CARD_KINDS,
  checklistSummaryCard,
  dsregcmdReportCard,
  loadCardTemplates,
  noMatchCard,
  questionAnsweredCard,
  questionCard,
  TemplateError,
  ticketCard,
  welcomeCard,
} from '../../src/cards/index.js';
import { expandCard, renderCard } from '../../src/cards/render.js';
import { contentOf, nodes, ofType, visibleTexts, type CardNode } from './walk.js';

const texts = (node: unknown) => visibleTexts(node).join(' | ');

describe('templates', () => {
  it('load once, one per card kind', () => {
    const first = loadCardTemplates();
    expect([...first.keys()]).toEqual([...CARD_KINDS]);
    expect(loadCardTemplates()).toBe(first);
  });

  it('are frozen, so expanding never changes them', () => {
    const tpl = loadCardTemplates().get('notice');
    expect(Object.isFrozen(tpl)).toBe(true);
  });

  it('a field the data lacks is a TemplateError naming the template and the binding', () => {
    expect(() => expandCard('notice', { lang: 'nl', style: 'good', fallbackText: 'x' })).toThrow(TemplateError);
    try {
      expandCard('notice', { lang: 'nl', style: 'good', fallbackText: 'x' });
    } catch (err) {
      expect((err as TemplateError).template).toBe('cards/notice.json');
      expect((err as Error).message).toContain('${text}');
    }
  });

  it('a card that cannot fit is a CardSizeError', () => {
    const huge = { lang: 'nl', style: 'good', text: 'x'.repeat(40_000), fallbackText: 'x' };
    expect(() => renderCard('notice', () => huge)).toThrow(CardSizeError);
  });
});

describe('question card', () => {
  const base = { lang: 'nl' as const, triageId: 't1', questionId: 'platform', text: 'Op welk platform?' };

  it('has a button per choice, in rows, and "Weet ik niet"', () => {
    const c = contentOf(
      questionCard({
        ...base,
        choices: ['Windows', 'Android', 'iOS / iPadOS', 'macOS'].map((label) => ({
          value: label.toLowerCase(),
          label,
        })),
      }),
    );
    const rows = ofType(c, 'ActionSet');
    expect(rows.map((r) => (r.actions as CardNode[]).length)).toEqual([3, 1]);
    expect((rows[0]?.actions as CardNode[])[0]?.data).toEqual({
      action: 'answer',
      question: 'platform',
      value: 'windows',
      triageId: 't1',
    });
    const actions = c.actions as CardNode[];
    expect(actions.map((a) => a.title)).toEqual(['Weet ik niet']);
    expect(actions[0]?.data).toEqual({ action: 'answer', question: 'platform', value: 'unknown', triageId: 't1' });
    expect(ofType(c, 'Input.Text')).toHaveLength(0);
  });

  it('puts long labels two to a row', () => {
    const c = contentOf(
      questionCard({
        ...base,
        choices: ['Zelf (BYOD / Bedrijfsportal)', 'Windows Autopilot', 'Automatisch via groepsbeleid'].map(
          (label, i) => ({
            value: `v${i}`,
            label,
          }),
        ),
      }),
    );
    expect(ofType(c, 'ActionSet').map((r) => (r.actions as CardNode[]).length)).toEqual([2, 1]);
  });

  it('has a text box whose submit gets the typed value, and choice buttons that ignore it', () => {
    const c = contentOf(questionCard({ ...base, choices: [{ value: 'yes', label: 'Ja' }], freeText: true }));
    const [input] = ofType(c, 'Input.Text');
    expect(input).toMatchObject({ id: 'value', isRequired: true, maxLength: 2000, label: 'Of typ je antwoord' });
    const submits = ofType(c, 'Action.Submit');
    const send = submits.find((s) => s.title === 'Versturen');
    expect(send?.data).toEqual({ action: 'answer', question: 'platform', triageId: 't1' });
    for (const s of submits.filter((x) => x !== send)) expect(s.associatedInputs).toBe('none');
  });

  it('without choices, labels the text box "Je antwoord"', () => {
    const c = contentOf(questionCard({ ...base, freeText: true }));
    expect(ofType(c, 'Input.Text')[0]?.label).toBe('Je antwoord');
    expect(
      ofType(c, 'ActionSet').filter((a) => (a.actions as CardNode[]).some((x) => x.associatedInputs === 'none')),
    ).toHaveLength(0);
  });

  it('leaves out "Weet ik niet" when not allowed, and the progress when not given', () => {
    const c = contentOf(questionCard({ ...base, allowUnknown: false }));
    expect(c.actions).toEqual([]);
    expect(texts(c)).not.toContain('Vraag');
    expect(texts(contentOf(questionCard({ ...base, lang: 'en', progress: { number: 1, total: 2 } })))).toContain(
      'Question 1 of 2',
    );
  });
});

describe('question answered card', () => {
  it('is compact: the question and the answer, and who answered when known', () => {
    const c = contentOf(
      questionAnsweredCard({ lang: 'en', question: 'Which platform?', answer: 'Windows', answeredBy: 'Jan' }),
    );
    expect(texts(c)).toBe('✔ | Which platform? | Answered:  | Windows |  by Jan');
    expect(c.actions).toBeUndefined();
    const bare = contentOf(questionAnsweredCard({ lang: 'nl', question: 'Welk platform?', answer: 'Windows' }));
    expect(texts(bare)).not.toContain('door');
  });
});

describe('welcome card', () => {
  it('greets by name, lists what it can do and clickable examples', () => {
    for (const lang of LANGS) {
      const c = contentOf(welcomeCard({ lang, name: 'Jan' }));
      expect(texts(c)).toContain(lang === 'nl' ? 'Hallo Jan!' : 'Hi Jan!');
      const examples = ofType(c, 'Action.Submit');
      expect(examples.map((e) => e.data)).toEqual(cardText[lang].examples.map((text) => ({ action: 'example', text })));
      expect(texts(c)).not.toContain(cardText[lang].channelTip);
    }
  });

  it('as help: the help title and the commands', () => {
    const c = contentOf(
      welcomeCard({ lang: 'nl', mode: 'help', commands: [{ command: 'opnieuw', description: 'begin opnieuw' }] }),
    );
    expect(texts(c)).toContain('Zo werk ik');
    expect(texts(c)).toContain('Handige woorden | opnieuw | begin opnieuw');
  });
});

describe('no-match card', () => {
  it('quotes the message, shows tips and offers the hand-off only when allowed', () => {
    const c = contentOf(noMatchCard({ lang: 'nl', text: 'mijn printer', canHandoff: true, triageId: 't' }));
    expect(texts(c)).toContain('mijn printer');
    expect((c.actions as CardNode[])[0]?.data).toEqual({ action: 'handoff', triageId: 't' });
    const bare = contentOf(noMatchCard({ lang: 'nl' }));
    expect(bare.actions).toEqual([]);
    expect(texts(bare)).not.toContain('Ik vond geen antwoord dat past bij');
  });

  it.each(['nl', 'en'] as const)(
    'does not ask for "the exact code" again when the code given is one it does not know (%s)',
    (lang) => {
      const asked = lang === 'nl' ? 'Noem de exacte foutcode' : 'Give the exact error code';
      expect(texts(contentOf(noMatchCard({ lang, text: 'mijn printer' })))).toContain(asked);
      const unknown = texts(contentOf(noMatchCard({ lang, text: '0x80180001', unknownCodes: ['0x80180001'] })));
      expect(unknown).not.toContain(asked);
      expect(unknown).toContain(lang === 'nl' ? 'Deze code ken ik niet' : "I don't know this code");
    },
  );
});

describe('dsregcmd report card', () => {
  it('lists problems first with OK / not OK, and the findings', () => {
    const c = contentOf(
      dsregcmdReportCard({
        lang: 'nl',
        rows: [
          { field: 'DomainJoined', value: 'YES', ok: true },
          { field: 'AzureAdJoined', value: 'NO', ok: false },
        ],
        findings: [{ text: 'Niet bij Azure AD aangemeld.' }],
      }),
    );
    const rows = ofType(c, 'ColumnSet').slice(1, 3);
    expect(texts(rows[0])).toBe('AzureAdJoined | NO | ✖ Niet OK');
    expect(texts(rows[1])).toBe('DomainJoined | YES | ✔ OK');
    expect(texts(c)).toContain('Niet bij Azure AD aangemeld.');
    expect(texts(c)).not.toContain('Ik zie geen problemen');
  });

  it('says so when there are no findings', () => {
    const c = contentOf(dsregcmdReportCard({ lang: 'en', rows: [] }));
    expect(texts(c)).toContain('I see no problems in this output.');
    expect(texts(c)).not.toContain('Field');
  });
});

describe('checklist summary card', () => {
  it('shows what is known and "not known yet", and a note box with the send button when confirmable', () => {
    const c = contentOf(
      checklistSummaryCard({
        lang: 'en',
        triageId: 't',
        items: [{ label: 'Platform', value: 'Windows' }, { label: 'License' }],
        confirmable: true,
      }),
    );
    expect(texts(c)).toContain('Platform | Windows | License | not known yet');
    expect(ofType(c, 'Input.Text')[0]).toMatchObject({ id: 'note', isMultiline: true });
    expect((c.actions as CardNode[])[0]?.data).toEqual({ action: 'confirm-handoff', triageId: 't' });
    const readOnly = contentOf(checklistSummaryCard({ lang: 'en', items: [{ label: 'Platform', value: 'Windows' }] }));
    expect(ofType(readOnly, 'Input.Text')).toHaveLength(0);
    expect(readOnly.actions).toEqual([]);
  });
});

describe('ticket card', () => {
  const base = { lang: 'nl' as const, ticketId: 'HD-1', requester: 'Jan' };

  it('open: "Ik pak dit op" and "Opgelost" with a note', () => {
    const c = contentOf(ticketCard({ ...base, status: 'open' }));
    const actions = c.actions as CardNode[];
    expect(actions.map((a) => a.title)).toEqual(['Ik pak dit op', 'Opgelost']);
    expect(actions[0]?.data).toEqual({ action: 'ticket-assign', ticketId: 'HD-1' });
    const inner = actions[1]?.card as CardNode;
    expect(ofType(inner, 'Input.Text')[0]?.id).toBe('note');
    expect(ofType(inner, 'Action.Submit')[0]?.data).toEqual({ action: 'ticket-resolve', ticketId: 'HD-1' });
  });

  it('assigned: only "Opgelost"; resolved: no buttons and the resolution note', () => {
    expect(
      (contentOf(ticketCard({ ...base, status: 'assigned', assignee: 'Piet' })).actions as CardNode[]).map(
        (a) => a.title,
      ),
    ).toEqual(['Opgelost']);
    const resolved = contentOf(ticketCard({ ...base, status: 'resolved', resolutionNote: 'Licentie gegeven' }));
    expect(resolved.actions).toEqual([]);
    expect(texts(resolved)).toContain('Oplossing | Licentie gegeven');
  });

  it('keeps the last turns when there are many', () => {
    const turns = Array.from({ length: 12 }, (_, i) => ({ from: 'user' as const, text: `bericht ${i}` }));
    const c = contentOf(ticketCard({ ...base, status: 'open', turns }));
    const shown = nodes(c).filter((n) => n.type === 'TextRun' && String(n.text).startsWith('bericht'));
    expect(shown.map((n) => n.text)).toEqual(turns.slice(4).map((t) => t.text));
  });

  it('hides the details, tried answers and turns when there are none', () => {
    const c = contentOf(ticketCard({ ...base, status: 'open' }));
    for (const label of ['Gegevens', 'Al geprobeerd', 'Uit het gesprek', 'Foutcodes'])
      expect(texts(c)).not.toContain(label);
  });
});
