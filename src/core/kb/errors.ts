/** The knowledge base cannot be used; the message names the file, the entry and the field. */
export class KnowledgeBaseError extends Error {
  override readonly name = 'KnowledgeBaseError';
  constructor(
    message: string,
    readonly file: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message);
  }
}
