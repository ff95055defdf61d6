import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Connector stand-in for load runs, in its own process so its work is not billed to the bot: answers every
 * call 200 {"id":"x"} and only counts. GET /stats returns the counters; the driver takes differences between phases.
 */
const REPLY = Buffer.from('{"id":"x"}');
const stats = {
  connections: 0,
  requests: 0,
  activities: 0,
  answerCards: 0,
  questionCards: 0,
  adaptiveCards: 0,
  bytes: 0,
};

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(stats));
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    stats.requests++;
    if (req.method === 'POST' && req.url?.startsWith('/v3/conversations/')) {
      const body = Buffer.concat(chunks).toString('utf8');
      stats.activities++;
      stats.bytes += body.length;
      if (body.includes('application/vnd.microsoft.card.adaptive')) stats.adaptiveCards++;
      // The answer card is the one that offers "solved"; a question card offers answers.
      if (body.includes('"action":"solved"')) stats.answerCards++;
      else if (body.includes('"action":"answer"')) stats.questionCards++;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': REPLY.length });
    res.end(REPLY);
  });
});
server.keepAliveTimeout = 60_000;
// New TCP connections from the bot: a figure near the activity count would mean its client does not keep alive.
server.on('connection', () => stats.connections++);

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  if (process.send) process.send({ type: 'listening', port });
  else console.log(`fake connector on http://127.0.0.1:${port}/`);
});

// Started by the load driver over IPC: when the driver goes, so does this process.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
