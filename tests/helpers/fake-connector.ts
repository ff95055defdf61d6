import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ReceivedCall {
  method: string;
  path: string;
  conversationId: string;
  /** The activity id in the path (reply-to for POST, the updated activity for PUT). */
  activityId?: string;
  body: Partial<Activity>;
}

/** A local stand-in for the Bot Connector service: it records what the bot sends. */
export class FakeConnector {
  readonly calls: ReceivedCall[] = [];
  private server?: Server;
  private waiters: { count: number; resolve: () => void }[] = [];
  private counter = 0;

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('fake connector not started');
    return `http://127.0.0.1:${address.port}/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
        if (match?.[1]) {
          this.calls.push({
            method: req.method ?? 'GET',
            path: req.url ?? '',
            conversationId: decodeURIComponent(match[1]),
            activityId: match[2] ? decodeURIComponent(match[2]) : undefined,
            body: raw ? (JSON.parse(raw) as Partial<Activity>) : {},
          });
          this.notify();
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `sent-${++this.counter}` }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Activities the bot sent (POST), optionally only in one conversation. */
  sent(conversationId?: string): Partial<Activity>[] {
    return this.calls
      .filter((c) => c.method === 'POST' && (conversationId === undefined || c.conversationId === conversationId))
      .map((c) => c.body);
  }

  /** Resolves once at least `count` calls have arrived (or rejects after `ms`). */
  waitFor(count: number, ms = 5000): Promise<void> {
    if (this.calls.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} connector calls, got ${this.calls.length}`)),
        ms,
      );
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => (this.calls.length >= w.count ? (w.resolve(), false) : true));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
