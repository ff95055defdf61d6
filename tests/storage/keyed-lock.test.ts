import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../src/storage/keyed-lock.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedLock', () => {
  it('runs work for one key one at a time, in arrival order', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const job = (name: string, ms: number) =>
      lock.run('c1', async () => {
        log.push(`${name} start`);
        await pause(ms);
        log.push(`${name} end`);
      });
    await Promise.all([job('a', 30), job('b', 1), job('c', 1)]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(lock.size).toBe(0);
  });

  it('lets different keys run side by side', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    await Promise.all(
      ['c1', 'c2'].map((key) =>
        lock.run(key, async () => {
          log.push(`${key} start`);
          await pause(20);
          log.push(`${key} end`);
        }),
      ),
    );
    expect(log.slice(0, 2).sort()).toEqual(['c1 start', 'c2 start']);
  });

  it('releases the key when the work fails', async () => {
    const lock = new KeyedLock();
    await expect(lock.run('c1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run('c1', () => Promise.resolve(42))).resolves.toBe(42);
    expect(lock.size).toBe(0);
  });

  it('stops waiting for a holder that takes too long', async () => {
    const lock = new KeyedLock(50);
    let release = (): void => undefined;
    const stuck = lock.run('c1', () => new Promise<void>((r) => (release = r)));
    const started = Date.now();
    await lock.run('c1', () => Promise.resolve());
    expect(Date.now() - started).toBeLessThan(1000);
    release();
    await stuck;
  });
});
