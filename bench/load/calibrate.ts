import { connectorStats, type Target } from './drive.js';
import { activityJson, type Utterance } from './messages.js';

export interface Calibration {
  tried: number;
  kept: Utterance[];
  failed: number;
}

/**
 * Sends every candidate once, each as the first message of a fresh conversation, and keeps those the bot answers
 * with an answer card straight away (no question first), so the load is made of turns that produce answers.
 * Sequential and bounded by `limitMs`.
 */
export async function calibrate(
  target: Target,
  candidates: Utterance[],
  connectorUrl: string,
  tag: string,
  limitMs = 60_000,
): Promise<Calibration> {
  const deadline = Date.now() + limitMs;
  const kept: Utterance[] = [];
  let tried = 0;
  let failed = 0;
  for (const utterance of candidates) {
    if (Date.now() > deadline) break;
    tried++;
    const before = await connectorStats(connectorUrl);
    const response = await fetch(`http://127.0.0.1:${target.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activityJson({
        conversationId: `${tag}-calibrate-${tried}`,
        userId: `${tag}-calibrate-${tried}`,
        activityId: `${tag}-calibrate-${tried}`,
        utterance,
        serviceUrl: connectorUrl,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (!response.ok) {
      failed++;
      continue;
    }
    const after = await connectorStats(connectorUrl);
    if (after.answerCards > before.answerCards) kept.push(utterance);
  }
  return { tried, kept, failed };
}
