import { z } from 'zod';

/** Facts the bot can know about a problem; each has a catalogue question with the same id. */
export const FACT_IDS = [
  'platform',
  'windows-edition',
  'windows-version',
  'windows-updated',
  'enrollment-method',
  'license-assigned',
  'error-message',
  'error-location',
  'worked-before',
  'users-affected',
  'devices-affected',
  'enrolled-devices',
  'mdm-authority',
  'device-datetime-correct',
  'tpm-version',
  'virtual-machine',
  'error-phase',
  'proxy',
  'federated-domain',
  'intune-pc-agent',
  'other-work-account',
] as const;
export const factId = z.enum(FACT_IDS);
export type FactId = z.infer<typeof factId>;

export const PLATFORMS = ['windows', 'android', 'ios', 'macos'] as const;
export const platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platform>;

export const METHODS = ['autopilot', 'gpo', 'byod', 'ade', 'bulk', 'hybrid-join', 'co-management'] as const;
export const method = z.enum(METHODS);

export const PHASES = ['precheck', 'discover', 'auth', 'join'] as const;

const nonEmpty = z.string().trim().min(1);
/** A text in both languages: a missing translation is a load error. */
export const localText = z.strictObject({ nl: nonEmpty, en: nonEmpty });
export const localList = z.strictObject({
  nl: z.array(nonEmpty).min(1),
  en: z.array(nonEmpty).min(1),
});

/** `0x` + 8 upper-case hex digits, or a symbolic name such as DSREG_E_DIRECTORY_FAILURE or DeviceCapReached. */
export const CANONICAL_CODE = /^(?:0x[0-9A-F]{8}|[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9](?::\d+)?)$/;
export const code = z
  .string({ error: "codes are strings: quote them ('0x801C0003'); YAML reads an unquoted 0x… as a number" })
  .regex(CANONICAL_CODE, 'not a canonical code (0x + 8 upper-case hex digits, or a symbolic name)');

/**
 * A condition on one fact: the fact's value is one of `in`, or (for numbers) within gte/lte.
 * Used for what makes a cause likely or rules it out.
 */
export const condition = z
  .strictObject({
    fact: factId,
    in: z.array(nonEmpty).min(1).optional(),
    gte: z.number().optional(),
    lte: z.number().optional(),
  })
  .refine((c) => c.in !== undefined || c.gte !== undefined || c.lte !== undefined, {
    message: 'a condition needs `in`, `gte` or `lte`',
  });
export type Condition = z.infer<typeof condition>;

export const cause = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: localText,
  likelyIf: z.array(condition).default([]),
  ruledOutIf: z.array(condition).default([]),
});

/** Who can do a step: the user on their own device, or IT (an admin portal, a server, admin rights). */
export const AUDIENCES = ['user', 'it'] as const;
export const audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audience>;

export const resolution = z
  .strictObject({
    title: localText,
    /** The cause this resolution fixes, when the entry has several. */
    forCause: z.string().optional(),
    /** Who does each step, in the steps' order: `doneBy[i]` is for step i in both languages. */
    doneBy: z.array(audience).min(1),
    steps: localList,
  })
  .refine((r) => r.doneBy.length === r.steps.nl.length && r.doneBy.length === r.steps.en.length, {
    message: 'doneBy needs one audience (user or it) per step, and nl and en the same number of steps',
    path: ['doneBy'],
  });
export type Resolution = z.infer<typeof resolution>;

export const source = z.strictObject({
  doc: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  key: nonEmpty.optional(),
});
export type SourceLabel = z.infer<typeof source>;

export const entry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case kebab-case slugs'),
  source,
  title: localText,
  /** Every code the article ties to this answer, canonical. */
  codes: z.array(code).default([]),
  /** Notes on codes: typos in the article, contradictions kept on purpose. */
  codeNotes: z.array(nonEmpty).default([]),
  /** On-screen messages as users see them. */
  messages: z.strictObject({ nl: z.array(nonEmpty), en: z.array(nonEmpty) }).default({ nl: [], en: [] }),
  /** How users describe the problem without a code. */
  symptoms: localList,
  /** Empty means: any platform. */
  platforms: z.array(platform).default([]),
  methods: z.array(method).default([]),
  /** For hybrid-join codes: the dsregcmd Error Phase in which the code is listed. */
  phase: z.enum(PHASES).optional(),
  /** One-line summary of what is wrong, shown first. */
  summary: localText,
  causes: z.array(cause).min(1),
  resolutions: z.array(resolution).min(1),
  warnings: z.array(localText).default([]),
  /** Catalogue questions whose answers tell this entry's causes (or it from its neighbours) apart. */
  questions: z.array(factId).default([]),
});
export type Entry = z.infer<typeof entry>;

export const article = z.strictObject({
  doc: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  title: localText,
  url: z.url(),
  entries: z.array(entry).min(1),
});
export type Article = z.infer<typeof article>;

const choice = z.strictObject({
  value: z.string().regex(/^[a-z0-9.-]+$/),
  label: localText,
  synonyms: z.strictObject({ nl: z.array(nonEmpty), en: z.array(nonEmpty) }).default({ nl: [], en: [] }),
});

export const question = z.strictObject({
  id: factId,
  /** A short name for the fact, for summaries ("Windows-editie: Home"). */
  label: localText,
  text: localText,
  type: z.enum(['choice', 'yes-no', 'number', 'text']),
  choices: z.array(choice).default([]),
  /** Part of the article's prerequisite checklist (asked before a hand-off). */
  checklist: z.boolean().default(false),
});
export type Question = z.infer<typeof question>;

export const questionCatalogue = z.strictObject({ questions: z.array(question).min(1) });
