/** A card template is broken or does not fit its data; the message names the template and what to fix. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    /** The template file, relative to the project: `cards/answer.json`. */
    readonly template: string,
    readonly problems: readonly string[] = [],
  ) {
    super(`${template}: ${message}` + (problems.length > 0 ? `\n${problems.map((p) => `  - ${p}`).join('\n')}` : ''));
  }
}

/** A card stays over Teams' size limit even with its lists and texts shortened. */
export class CardSizeError extends Error {
  override readonly name = 'CardSizeError';
  constructor(
    readonly template: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `${template}: the card is ${bytes} bytes even with its lists and texts shortened (limit ${limit}). ` +
        'Shorten the texts the card is built from (the knowledge-base entry or the dialog data).',
    );
  }
}
