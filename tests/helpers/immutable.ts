import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Makes files unwritable (chattr +i), even for a process that already has them open and even for root, who
 * ignores chmod: the closest a test gets to a disk gone read-only without mounting one.
 */
export function setImmutable(paths: string[], on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', ...paths], { stdio: 'ignore' });
}

let supported: boolean | undefined;

/** chattr works here (root, a file system with the immutable flag, e.g. ext4). */
export function canMakeImmutable(): boolean {
  if (supported !== undefined) return supported;
  const dir = mkdtempSync(join(tmpdir(), 'immutable-'));
  const file = join(dir, 'probe');
  writeFileSync(file, 'x');
  try {
    setImmutable([file], true);
    setImmutable([file], false);
    supported = true;
  } catch {
    supported = false;
  }
  rmSync(dir, { recursive: true, force: true });
  return supported;
}
