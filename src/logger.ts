import { format } from 'node:util';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Personal data that never reaches the logs, at any level and at any depth of a log object: e-mail addresses and
 * UPNs, device names and serial numbers. Replacements keep the label so a log still says what was there.
 */
const PATTERNS: readonly [RegExp, string][] = [
  // e-mail addresses and UPNs (jan@contoso.onmicrosoft.com)
  // (a match starts only where a run of address characters starts: linear on long runs)
  [/(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu, '[email]'],
  // a named device: "DeviceName : FIN-PC-07", "apparaatnaam: laptop-jan"
  [/\b(device\s?name|computer\s?name|apparaatnaam|computernaam)(\s*[:=]\s*)[^\s,;"'<>]+/giu, '$1$2[device]'],
  // Windows' generated names: DESKTOP-1A2B3C4, LAPTOP-K8FJ3MNB, WIN-8TQ0M2ZJ1AB
  [/\b(?:DESKTOP|LAPTOP)-[A-Z0-9]{4,15}\b/giu, '[device]'],
  [/\b(?:WIN|PC|NB|WS|TABLET)-(?=[A-Z0-9]*\d)[A-Z0-9]{4,15}\b/giu, '[device]'],
  // a labelled serial number or service tag (with at least one digit, so "serial number unknown" stays readable)
  [
    /\b(serial(?:\s?(?:number|no\.?|nr\.?))?|serienummer|serienr\.?|s\/n|sn|service\s?tag)(\s*(?:[:#=]\s*)?)(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}/giu,
    '$1$2[serial]',
  ],
];

/**
 * Teams ids, which a log needs to trace a conversation and which look like an e-mail address (`19:…@thread.tacv2`)
 * or hold what looks like a serial (`29:1…`, `a:1…`): kept as they are, and the text around them redacted.
 */
const TEAMS_ID =
  /(?<![\w:.-])(?:19:[\w.-]+@(?:thread\.(?:tacv2|skype|v2)|unq\.gbl\.spaces)(?:;messageid=\d+)?|(?:28|29|a):[\w-]{6,}|8:orgid:[\w-]+)/g;

/** Object keys whose values are personal data whatever they look like. */
const SENSITIVE_KEY = /^(e-?mail|upn|userPrincipalName|serial(number)?|deviceName|computerName)$/i;

/** The text of a user's message: logged only below info (debug, trace), and then with personal data redacted. */
const USER_TEXT_KEY = 'text';

const INFO = 30;
const MAX_DEPTH = 8;

function redactPart(text: string): string {
  return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** The text with personal data replaced by labels; linear in its length, Teams ids left readable. */
export function redact(text: string): string {
  let out = '';
  let last = 0;
  for (const id of text.matchAll(TEAMS_ID)) {
    out += redactPart(text.slice(last, id.index)) + id[0];
    last = id.index + id[0].length;
  }
  return out + redactPart(text.slice(last));
}

/** A copy of a log value with personal data redacted in every string, however deep. */
export function redactValue(value: unknown, keepUserText = true, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, keepUserText, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SENSITIVE_KEY.test(key) && v !== undefined && v !== null) out[key] = '[redacted]';
    else if (key === USER_TEXT_KEY && !keepUserText && typeof v === 'string') out[key] = '[redacted]';
    else out[key] = redactValue(v, keepUserText, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  /** Where JSON lines go (tests); standard output when absent. Ignored when `pretty`. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    base: { service: 'enrollment-helpdesk-bot' },
    hooks: {
      // Every line, whatever produced it (message, bindings of child loggers, serialised errors), is redacted
      // as a whole just before it is written.
      streamWrite(line) {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          const keepUserText = typeof entry.level === 'number' && entry.level < INFO;
          return `${JSON.stringify(redactValue(entry, keepUserText))}\n`;
        } catch {
          return `${JSON.stringify({ level: 50, time: Date.now(), msg: 'a log line that is not JSON was dropped' })}\n`;
        }
      },
    },
  };
  if (options.pretty) return pino({ ...settings, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/**
 * Sends what libraries print with `console` (botbuilder prints errors, stack traces and the text in them to stderr)
 * through the redacting logger instead, at the matching level. Returns a function that puts `console` back.
 */
export function routeConsole(logger: Logger): () => void {
  const original = { ...console };
  const to =
    (level: 'error' | 'warn' | 'info' | 'debug') =>
    (...args: unknown[]): void => {
      const err = args.find((a): a is Error => a instanceof Error);
      logger[level]({ source: 'console', ...(err ? { err } : {}) }, format(...args.filter((a) => a !== err)));
    };
  Object.assign(console, {
    error: to('error'),
    warn: to('warn'),
    info: to('info'),
    log: to('info'),
    debug: to('debug'),
  });
  return () => Object.assign(console, original);
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
