import { createLogger, type Logger } from '../../src/logger.js';

export interface CapturedLog {
  logger: Logger;
  /** Every line written so far, as written (JSON). */
  lines(): string[];
  entries(): Record<string, unknown>[];
}

/** The real logger (with its redaction), writing JSON lines into memory. */
export function captureLog(level = 'info'): CapturedLog {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    pretty: false,
    destination: { write: (line: string) => void lines.push(line) },
  });
  return {
    logger,
    lines: () => lines,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
