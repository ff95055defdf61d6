import type { Attachment } from 'botbuilder';
import { LANGS, type Lang } from '../../src/core/lang.js';
import type { Article, Entry } from '../../src/core/kb/schema.js';
import {
  answerCard,
  checklistSummaryCard,
  disambiguationCard,
  dsregcmdReportCard,
  noMatchCard,
  noticeCard,
  questionAnsweredCard,
  questionCard,
  ticketCard,
  welcomeCard,
  type AnswerCardData,
  type CardKind,
} from '../../src/cards/index.js';

/** Representative data for every card kind, in both languages: the tests, the browser test and the preview use it. */
export interface CardSample {
  /** Unique, file-name safe: `answer-typical-nl`. */
  name: string;
  kind: CardKind;
  lang: Lang;
  variant: 'typical' | 'it' | 'long' | 'minimal' | 'hostile' | 'text';
  build(): Attachment;
}

/** User text that tries everything: markdown, a link, HTML, a binding, a date function, a flood of newlines. */
export const HOSTILE =
  '**vet** _schuin_ [klik hier](https://evil.example) <b>html</b> &amp; ${title} {{DATE(2017-02-14T06:08:00Z)}}' +
  '\n\n\n\n\n\n\n\n' +
  '# kop\n> quote\n- lijst\n1. nummer `code` ~~weg~~ | a | b |' +
  ' nog meer tekst'.repeat(60);

const T = <V>(nl: V, en: V): Record<Lang, V> => ({ nl, en });

const words = T(
  'Controleer in het Microsoft Intune-beheercentrum onder **Apparaten** > **Inschrijvingsbeperkingen** of de limiet voor het aantal apparaten per gebruiker niet is bereikt en pas de beperking zo nodig aan voor de juiste groep',
  'In the Microsoft Intune admin center, check under **Devices** > **Enrollment restrictions** that the limit on devices per user has not been reached, and adjust the restriction for the right group where needed',
);

function longAnswer(lang: Lang): AnswerCardData {
  const causes = Array.from({ length: 6 }, (_, i) => ({
    text: `${i + 1}: ${words[lang]}.`,
    ruledOut: i === 4,
  }));
  const [likely, ...others] = causes;
  return {
    lang,
    entryId: 'intune-device-cap-reached',
    triageId: 'triage-long',
    title: T(
      'Het apparaat kan niet worden ingeschreven omdat de gebruiker al het maximale aantal apparaten heeft ingeschreven',
      'The device cannot be enrolled because the user has already enrolled the maximum number of devices',
    )[lang],
    summary: words[lang],
    codes: [{ code: '0x801C0003', wrote: '0x801c003' }, { code: '0x80180014' }, { code: 'DeviceCapReached' }],
    likelyCause: {
      text: likely?.text ?? '',
      facts: [
        { label: T('Platform', 'Platform')[lang], value: 'Windows' },
        { label: T('Ingeschreven apparaten', 'Enrolled devices')[lang], value: '15' },
        { label: T('Licentie toegewezen', 'License assigned')[lang], value: T('ja', 'yes')[lang] },
      ],
    },
    otherCauses: others,
    resolutions: Array.from({ length: 4 }, (_, r) => ({
      title: T(
        `Oplossing ${r + 1}: verhoog de limiet of verwijder oude apparaten`,
        `Fix ${r + 1}: raise the limit or remove old devices`,
      )[lang],
      steps: Array.from({ length: 12 }, (_, s) => `${words[lang]} (${r + 1}.${s + 1}).`),
    })),
    warnings: Array.from({ length: 3 }, () => `${words[lang]}. ${words[lang]}. ${words[lang]}.`),
    source: {
      article: T(
        'Problemen met apparaatinschrijving in Microsoft Intune oplossen',
        'Troubleshoot device enrollment in Microsoft Intune',
      )[lang],
      section: T('Apparaatlimiet bereikt', 'Device cap reached')[lang],
      url: 'https://learn.microsoft.com/nl-nl/troubleshoot/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune',
      anchor: 'general-enrollment-error-codes',
    },
  };
}

/** An answer built the way the dialog will: one knowledge-base entry, in one language. */
export function answerFromEntry(article: Article, entry: Entry, lang: Lang): AnswerCardData {
  const [likely, ...others] = entry.causes;
  return {
    lang,
    entryId: entry.id,
    triageId: 'triage-kb',
    title: entry.title[lang],
    summary: entry.summary[lang],
    codes: entry.codes.slice(0, 3).map((code) => ({ code })),
    ...(likely ? { likelyCause: { text: likely.text[lang], facts: [{ label: 'Platform', value: 'Windows' }] } } : {}),
    otherCauses: others.map((c) => ({ text: c.text[lang] })),
    resolutions: entry.resolutions.map((r) => ({ title: r.title[lang], steps: r.steps[lang], doneBy: r.doneBy })),
    warnings: entry.warnings.map((w) => w[lang]),
    source: { article: article.title[lang], url: article.url, anchor: entry.source.anchor },
  };
}

function typicalAnswer(lang: Lang): AnswerCardData {
  return {
    lang,
    entryId: 'win-user-not-authorized-to-enroll',
    triageId: 'triage-1',
    title: T('Deze gebruiker mag geen apparaten inschrijven', 'This user is not authorized to enroll')[lang],
    summary: T(
      'De gebruiker heeft geen rechten of licentie om een apparaat in Intune in te schrijven.',
      'The user lacks the rights or the license to enroll a device in Intune.',
    )[lang],
    codes: [{ code: '0x801C0003', wrote: '0x801c003' }, { code: '0x80180014' }],
    likelyCause: {
      text: T(
        'De gebruiker heeft geen **Intune-licentie** toegewezen gekregen.',
        'The user has not been assigned an **Intune license**.',
      )[lang],
      facts: [{ label: T('Licentie toegewezen', 'License assigned')[lang], value: T('nee', 'no')[lang] }],
    },
    otherCauses: [
      { text: T('Inschrijven is voor dit platform geblokkeerd.', 'Enrollment is blocked for this platform.')[lang] },
      {
        text: T('De MDM-instantie is niet ingesteld.', 'The MDM authority is not set.')[lang],
        ruledOut: true,
      },
    ],
    resolutions: [
      {
        title: T('Wijs een licentie toe', 'Assign a license')[lang],
        doneBy: ['it', 'it', 'it'],
        steps: T(
          [
            'Open het **Microsoft 365-beheercentrum**.',
            'Ga naar **Gebruikers** > **Actieve gebruikers** en kies de gebruiker.',
            'Vink onder **Licenties en apps** een licentie met Intune aan en sla op.',
          ],
          [
            'Open the **Microsoft 365 admin center**.',
            'Go to **Users** > **Active users** and pick the user.',
            'Under **Licenses and apps**, tick a license that includes Intune and save.',
          ],
        )[lang],
      },
      {
        title: T('Sta het platform toe', 'Allow the platform')[lang],
        doneBy: ['it', 'it'],
        steps: T(
          [
            'Ga naar **Apparaten** > **Inschrijvingsbeperkingen**.',
            'Sta het platform toe voor de groep van de gebruiker.',
          ],
          ['Go to **Devices** > **Enrollment restrictions**.', "Allow the platform for the user's group."],
        )[lang],
      },
    ],
    warnings: [
      T(
        'Het kan tot een uur duren voordat een nieuwe licentie werkt.',
        'A new license can take up to an hour to take effect.',
      )[lang],
    ],
    source: {
      article: T(
        'Problemen met inschrijving van Windows-apparaten oplossen',
        'Troubleshoot Windows device enrollment problems',
      )[lang],
      url: 'https://learn.microsoft.com/nl-nl/mem/intune/enrollment/troubleshoot-windows-enrollment-errors',
      anchor: 'this-user-is-not-authorized-to-enroll',
    },
  };
}

function samplesFor(lang: Lang): Omit<CardSample, 'name' | 'lang'>[] {
  const s = (kind: CardKind, variant: CardSample['variant'], build: () => Attachment) => ({ kind, variant, build });
  return [
    s('answer', 'typical', () => answerCard(typicalAnswer(lang))),
    s('answer', 'it', () => answerCard({ ...typicalAnswer(lang), audience: 'it' })),
    s('answer', 'long', () => answerCard(longAnswer(lang))),
    s('answer', 'minimal', () =>
      answerCard({ lang, entryId: 'e-min', title: T('Alleen een titel', 'Only a title')[lang], resolutions: [] }),
    ),
    s('answer', 'hostile', () =>
      answerCard({
        ...typicalAnswer(lang),
        codes: [{ code: '0x801C0003', wrote: HOSTILE }],
        likelyCause: { text: 'x', facts: [{ label: 'Windows-versie', value: HOSTILE }] },
      }),
    ),
    s('question', 'typical', () =>
      questionCard({
        lang,
        triageId: 'triage-1',
        questionId: 'enrollment-method',
        text: T('Hoe wordt het apparaat ingeschreven?', 'How is the device enrolled?')[lang],
        hint: T('Dit bepaalt welke oorzaak het meest waarschijnlijk is.', 'This decides which cause is most likely.')[
          lang
        ],
        choices: [
          { value: 'byod', label: T('Zelf (BYOD / Bedrijfsportal)', 'By the user (BYOD / Company Portal)')[lang] },
          { value: 'autopilot', label: 'Windows Autopilot' },
          { value: 'gpo', label: T('Automatisch via groepsbeleid', 'Automatically by Group Policy')[lang] },
          { value: 'hybrid-join', label: T('Hybride Azure AD-join', 'Hybrid Azure AD join')[lang] },
          {
            value: 'bulk',
            label: T('Bulkinschrijving (inrichtingspakket)', 'Bulk enrollment (provisioning package)')[lang],
          },
        ],
        progress: { number: 2, total: 3 },
      }),
    ),
    s('question', 'long', () =>
      questionCard({
        lang,
        questionId: 'windows-version',
        text: T(
          'Welke Windows-versie of build draait het apparaat (bijvoorbeeld 22H2 of 19045)?',
          'Which Windows version or build does the device run (for example 22H2 or 19045)?',
        )[lang],
        choices: Array.from({ length: 14 }, (_, i) => ({ value: `v${i}`, label: `Build ${19041 + i}` })),
        freeText: true,
      }),
    ),
    s('question', 'minimal', () =>
      questionCard({
        lang,
        questionId: 'license-assigned',
        text: T('Heeft de gebruiker een Intune-licentie?', 'Does the user have an Intune license?')[lang],
        choices: [
          { value: 'yes', label: T('Ja', 'Yes')[lang] },
          { value: 'no', label: T('Nee', 'No')[lang] },
        ],
      }),
    ),
    s('question', 'text', () =>
      questionCard({
        lang,
        questionId: 'error-message',
        text: 'Wat is de foutmelding?',
        freeText: true,
        allowUnknown: false,
      }),
    ),
    s('question-answered', 'typical', () =>
      questionAnsweredCard({
        lang,
        question: T('Hoe wordt het apparaat ingeschreven?', 'How is the device enrolled?')[lang],
        answer: 'Windows Autopilot',
        answeredBy: 'Jan de Vries',
      }),
    ),
    s('question-answered', 'minimal', () =>
      questionAnsweredCard({ lang, question: 'Windows-versie?', answer: '22H2' }),
    ),
    s('question-answered', 'hostile', () =>
      questionAnsweredCard({ lang, question: 'Foutmelding?', answer: HOSTILE, answeredBy: HOSTILE }),
    ),
    s('disambiguation', 'typical', () =>
      disambiguationCard({
        lang,
        triageId: 'triage-1',
        options: [
          {
            entryId: 'intune-device-cap-reached',
            title: T('Apparaatlimiet bereikt', 'Device cap reached')[lang],
            summary: T('De gebruiker heeft al te veel apparaten.', 'The user already has too many devices.')[lang],
            codes: ['DeviceCapReached'],
          },
          {
            entryId: 'win-user-not-authorized-to-enroll',
            title: T('Deze gebruiker mag geen apparaten inschrijven', 'This user is not authorized to enroll')[lang],
            codes: ['0x801C0003', '0x80180014'],
          },
          { entryId: 'pending-device', title: T('Apparaat blijft "In behandeling"', 'Device stays "Pending"')[lang] },
        ],
      }),
    ),
    s('disambiguation', 'long', () =>
      disambiguationCard({
        lang,
        options: Array.from({ length: 9 }, (_, i) => ({
          entryId: `entry-${i}`,
          title: `${i + 1}. ${words[lang]}`,
          summary: `${words[lang]}. ${words[lang]}.`,
          codes: ['0x80180014', '0x801C0003', '0x80070774', '0x8018002B', '0x80180026'],
        })),
      }),
    ),
    s('welcome', 'typical', () => welcomeCard({ lang, name: 'Jan de Vries', showChannelTip: true })),
    s('welcome', 'minimal', () => welcomeCard({ lang })),
    s('welcome', 'long', () =>
      welcomeCard({
        lang,
        mode: 'help',
        commands: [
          {
            command: T('opnieuw', 'restart')[lang],
            description: T('begin een nieuw probleem', 'start a new problem')[lang],
          },
          { command: 'stop', description: T('stop met de vragen', 'stop the questions')[lang] },
          { command: 'help', description: T('deze uitleg', 'this explanation')[lang] },
        ],
        showChannelTip: true,
      }),
    ),
    s('welcome', 'hostile', () => welcomeCard({ lang, name: HOSTILE })),
    s('no-match', 'typical', () =>
      noMatchCard({
        lang,
        triageId: 'triage-1',
        text: T('mijn printer doet het niet', 'my printer is broken')[lang],
        unknownCodes: ['0x12345678'],
        canHandoff: true,
      }),
    ),
    s('no-match', 'minimal', () => noMatchCard({ lang })),
    s('no-match', 'hostile', () => noMatchCard({ lang, text: HOSTILE, unknownCodes: [HOSTILE], canHandoff: true })),
    s('dsregcmd-report', 'typical', () =>
      dsregcmdReportCard({
        lang,
        summary: T(
          'Het apparaat zit in het domein maar is niet bij Azure AD aangemeld.',
          'The device is in the domain but not joined to Azure AD.',
        )[lang],
        rows: [
          { field: 'AzureAdJoined', value: 'NO', ok: false },
          { field: 'DomainJoined', value: 'YES', ok: true },
          { field: 'WorkplaceJoined', value: 'NO', ok: true },
          { field: 'Error Phase', value: 'discover', ok: false },
          { field: 'DRS Discovery Test', value: 'FAIL [0x801c0021/0x80072ee2]', ok: false },
          { field: 'AD Connectivity Test', value: 'PASS', ok: true },
        ],
        findings: [
          {
            text: T(
              'De detectiefase mislukt: het apparaat bereikt de registratieservice niet. Controleer de **proxy**.',
              'The discover phase fails: the device cannot reach the registration service. Check the **proxy**.',
            )[lang],
          },
          { text: T('De verbinding met AD werkt.', 'The connection to AD works.')[lang], problem: false },
        ],
      }),
    ),
    s('dsregcmd-report', 'long', () =>
      dsregcmdReportCard({
        lang,
        rows: Array.from({ length: 60 }, (_, i) => ({
          field: `Field${i}`,
          value: `value-${i}-${'x'.repeat(80)}`,
          ok: i % 3 !== 0,
        })),
        findings: Array.from({ length: 12 }, () => ({ text: words[lang] })),
      }),
    ),
    s('dsregcmd-report', 'minimal', () =>
      dsregcmdReportCard({ lang, rows: [{ field: 'AzureAdJoined', value: 'YES', ok: true }] }),
    ),
    s('dsregcmd-report', 'hostile', () =>
      dsregcmdReportCard({ lang, rows: [{ field: HOSTILE, value: HOSTILE, ok: false }], findings: [] }),
    ),
    s('checklist-summary', 'typical', () =>
      checklistSummaryCard({
        lang,
        triageId: 'triage-1',
        items: [
          { label: 'Platform', value: 'Windows' },
          { label: T('Windows bijgewerkt', 'Windows up to date')[lang], value: T('ja', 'yes')[lang] },
          { label: T('Intune-licentie toegewezen', 'Intune license assigned')[lang] },
          {
            label: T('Getroffen gebruikers', 'Users affected')[lang],
            value: T('alleen deze gebruiker', 'only this user')[lang],
          },
        ],
        codes: ['0x80180014'],
        confirmable: true,
      }),
    ),
    s('checklist-summary', 'minimal', () => checklistSummaryCard({ lang, items: [{ label: 'Platform' }] })),
    s('checklist-summary', 'hostile', () =>
      checklistSummaryCard({ lang, items: [{ label: 'Windows-versie', value: HOSTILE }], confirmable: true }),
    ),
    s('ticket', 'typical', () =>
      ticketCard({
        lang,
        ticketId: 'HD-1042',
        requester: 'Jan de Vries',
        status: 'open',
        created: '12-03-2025 09:41',
        summary: T('Laptop blijft hangen op 80180014', 'Laptop stuck on 80180014')[lang],
        facts: [
          { label: 'Platform', value: 'Windows' },
          { label: T('Inschrijfmethode', 'Enrollment method')[lang], value: 'Windows Autopilot' },
        ],
        codes: ['0x80180014'],
        answersTried: [
          { title: T('Apparaatlimiet bereikt', 'Device cap reached')[lang], outcome: 'not-solved' },
          {
            title: T('Platform geblokkeerd', 'Platform blocked')[lang],
            itSteps: [
              T(
                'Kies in het **Microsoft Intune-beheercentrum** **Apparaten** > **Inschrijvingsbeperkingen**.',
                'In the **Microsoft Intune admin center**, choose **Devices** > **Enrollment restrictions**.',
              )[lang],
              T('Zet **Windows (MDM)** op **Toestaan**.', 'Set **Windows (MDM)** to **Allow**.')[lang],
            ],
          },
        ],
        turns: [
          { from: 'user', text: 'mijn lap blijft hangen op 80180014' },
          { from: 'bot', text: T('Hoe wordt het apparaat ingeschreven?', 'How is the device enrolled?')[lang] },
          { from: 'user', text: 'Autopilot' },
        ],
      }),
    ),
    s('ticket', 'long', () =>
      ticketCard({
        lang,
        ticketId: 'HD-1043',
        requester: 'Anna Jansen',
        status: 'assigned',
        assignee: 'Piet Helpdesk',
        facts: Array.from({ length: 20 }, (_, i) => ({ label: `Feit ${i}`, value: words[lang] })),
        codes: Array.from({ length: 14 }, (_, i) => `0x8018${String(i).padStart(4, '0')}`),
        answersTried: Array.from({ length: 7 }, () => ({
          title: words[lang],
          outcome: 'not-solved' as const,
          itSteps: Array.from({ length: 12 }, () => HOSTILE),
        })),
        turns: Array.from({ length: 20 }, (_, i) => ({
          from: i % 2 ? ('bot' as const) : ('user' as const),
          text: HOSTILE,
        })),
        // more answers to link than the knowledge base has, each with a long title
        entryChoices: Array.from({ length: 150 }, (_, i) => ({
          entryId: `entry-with-a-long-identifier-${i}`,
          title: `${words[lang]} ${i}`.padEnd(110, 'x'),
        })),
      }),
    ),
    s('ticket', 'minimal', () =>
      ticketCard({
        lang,
        ticketId: 'HD-1044',
        requester: 'Jan',
        status: 'resolved',
        resolutionNote: T('Licentie toegewezen.', 'License assigned.')[lang],
        linkedTitle: T('Licentie vereist', 'License required')[lang],
      }),
    ),
    s('ticket', 'hostile', () =>
      ticketCard({
        lang,
        ticketId: HOSTILE,
        requester: HOSTILE,
        status: 'open',
        turns: [{ from: 'user', text: HOSTILE }],
        entryChoices: [{ entryId: HOSTILE, title: HOSTILE }],
      }),
    ),
    s('notice', 'typical', () =>
      noticeCard({
        lang,
        title: T('Doorgestuurd', 'Handed over')[lang],
        text: T(
          'De helpdesk heeft je vraag ontvangen (ticket HD-1042).',
          'The helpdesk has your question (ticket HD-1042).',
        )[lang],
        style: 'good',
      }),
    ),
    s('notice', 'minimal', () =>
      noticeCard({ lang, text: T('Fijn dat het is opgelost!', 'Glad it is solved!')[lang] }),
    ),
  ];
}

export function cardSamples(): CardSample[] {
  return LANGS.flatMap((lang) => samplesFor(lang).map((s) => ({ ...s, lang, name: `${s.kind}-${s.variant}-${lang}` })));
}
