/** A short reason why a POSTed body is not an activity we can answer, or undefined when it is. */
export function validateActivityBody(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return 'the body must be a JSON object (an activity)';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return 'the activity has no type';
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (
    conversation === null ||
    typeof conversation !== 'object' ||
    typeof conversation.id !== 'string' ||
    conversation.id === ''
  ) {
    return 'the activity has no conversation id';
  }
  if (typeof activity.serviceUrl !== 'string' || !isHttpUrl(activity.serviceUrl))
    return 'the activity has no valid serviceUrl';
  if (activity.text !== undefined && activity.text !== null && typeof activity.text !== 'string')
    return 'the activity text must be a string';
  return undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
