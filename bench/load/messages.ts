import { readFileSync } from 'node:fs';

export interface Utterance {
  id: string;
  lang: 'nl' | 'en';
  text: string;
}

const FIXTURES = new URL('../../tests/fixtures/utterances.jsonl', import.meta.url);

/** Labelled error codes and symptom sentences: what people type when they first describe a problem. */
export function candidateUtterances(): Utterance[] {
  return readFileSync(FIXTURES, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Utterance)
    .filter((u) => /-(code|symptom)$/.test(u.id));
}

/** Codes and sentences taken in turn, so every stretch of the load has both. */
export function interleave(kept: Utterance[], perKind: number): Utterance[] {
  const codes = kept.filter((u) => u.id.endsWith('-code')).slice(0, perKind);
  const symptoms = kept.filter((u) => u.id.endsWith('-symptom')).slice(0, perKind);
  const mix: Utterance[] = [];
  for (let i = 0; i < Math.max(codes.length, symptoms.length); i++) {
    const code = codes[i];
    const symptom = symptoms[i];
    if (code) mix.push(code);
    if (symptom) mix.push(symptom);
  }
  return mix;
}

export interface Turn {
  conversationId: string;
  userId: string;
  activityId: string;
  utterance: Utterance;
  serviceUrl: string;
}

/** A Teams personal-chat message as the connector posts it to /api/messages. */
export function activityJson({ conversationId, userId, activityId, utterance, serviceUrl }: Turn): string {
  const tenant = { id: '00000000-0000-4000-8000-00000000b0b0' };
  return JSON.stringify({
    type: 'message',
    id: activityId,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    locale: utterance.lang === 'nl' ? 'nl-NL' : 'en-US',
    from: { id: `29:${userId}`, name: 'Load Test', aadObjectId: userId },
    recipient: { id: '28:bench-bot', name: 'Helpdesk bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant.id },
    channelData: { tenant },
    text: utterance.text,
    textFormat: 'plain',
  });
}
