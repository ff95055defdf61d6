import net from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Preloaded into the real bot (`node --import tsx --import ./bench/load/loopback.ts src/index.ts`) so the bench
 * needs no change to it: a listen without a host binds 127.0.0.1 only, the bound port is sent to the driver over
 * IPC (so PORT=0 works), the driver can ask for memory figures after a full GC, and the bot exits when the driver
 * goes away.
 */
type Listen = (this: net.Server, ...args: unknown[]) => net.Server;
const listen = Reflect.get(net.Server.prototype, 'listen') as Listen;

function withLoopback(args: unknown[]): unknown[] {
  const [first, second] = args;
  const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (isPort && typeof second !== 'string') return [first, '127.0.0.1', ...args.slice(1)];
  if (first !== null && typeof first === 'object' && 'port' in first && !('host' in first)) {
    return [{ ...first, host: '127.0.0.1' }, ...args.slice(1)];
  }
  return args;
}

net.Server.prototype.listen = function (this: net.Server, ...args: unknown[]): net.Server {
  this.once('listening', () => {
    const address = this.address();
    if (process.send && address !== null && typeof address === 'object')
      process.send({ type: 'listening', port: address.port });
  });
  return listen.apply(this, withLoopback(args));
} as typeof net.Server.prototype.listen;

let gc: (() => void) | undefined;

/** A full collection on request, without starting the bot with --expose-gc (which would change what is measured). */
function collect(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}

if (process.send) {
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'memory-after-gc') return;
    collect();
    process.send?.({ type: 'memory', ...process.memoryUsage() });
  });
  process.on('disconnect', () => process.exit(0));
}
