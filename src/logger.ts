import { pino, type Logger } from 'pino';

export type { Logger };

/** E-mail addresses and UPNs never reach the logs, at any level. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

export function redact(text: string): string {
  return text.replace(EMAIL, '[email]');
}

export function createLogger(options: { level: string; pretty: boolean }): Logger {
  return pino({
    level: options.level,
    base: { service: 'enrollment-helpdesk-bot' },
    redact: { paths: ['text', '*.text', 'userPrincipalName', '*.userPrincipalName', 'email', '*.email'], censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? redact(a) : a)) as Parameters<typeof method>);
      },
    },
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
