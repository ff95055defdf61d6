import { readFileSync } from 'node:fs';

/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its time: self time by package or source folder, and the
 * hottest functions; with `--inclusive a,b,c`, the time spent inside each named function (callees included).
 * Usage: node --import tsx bench/load/profile-summary.ts <file.cpuprofile> [top] [--inclusive name,name]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const inclusiveAt = args.indexOf('--inclusive');
const inclusive = inclusiveAt >= 0 ? (args.splice(inclusiveAt, 2)[1] ?? '').split(',').filter(Boolean) : [];
const file = args[0];
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top] [--inclusive name,name]');
const TOP = Number(args[1] ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** A package name under node_modules, else the project folder, else the V8 category ("(garbage collector)"). */
function area(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith('node:')) return 'node core';
  const project = /\/(src\/[^/]+|dialogs|bench|cards)\//.exec(url);
  return project?.[1] ?? url;
}

const areas = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = area(url, functionName);
  areas.set(key, (areas.get(key) ?? 0) + us);
  const fn = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|dialogs|bench)\//, '$1/')}:${lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + us);
}

const pct = (us: number): string => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
console.log('\nself time by package / folder:');
for (const [key, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(us)}  ${key}`);
console.log('\nhottest functions (self time):');
for (const [key, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(us)}  ${key}`);

if (inclusive.length > 0) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const busy = total - (areas.get('(idle)') ?? 0);
  const inside = new Map<string, number>(inclusive.map((name) => [name, 0]));
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      if (inside.has(name) && !seen.has(name)) {
        seen.add(name);
        inside.set(name, (inside.get(name) ?? 0) + us);
      }
    }
  }
  console.log(`\ninclusive time, share of the ${(busy / 1e6).toFixed(1)} s not idle:`);
  for (const [name, us] of inside) console.log(`${((100 * us) / busy).toFixed(1).padStart(5)}%  ${name}`);
}
