// `npm run build` (and the pre-step of `npm start` and the CLIs): bundles our TypeScript into dist/ with esbuild.
// One file per entry (dist/index.js, dist/cli/*.js); npm packages stay imports from node_modules. Plain JavaScript
// so it runs before anything is compiled. Files are replaced by rename and only when they change, so a CLI started
// while another one builds never reads half a file. Without esbuild (a production install, `npm ci --omit=dev`)
// an existing dist/ is used as it is.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = [
  'src/index.ts',
  'src/cli/diagnose.ts',
  'src/cli/report.ts',
  'src/cli/kb-list.ts',
  'src/cli/kb-learned.ts',
];
const OUT = join(ROOT, 'dist');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  if (existsSync(join(OUT, 'index.js'))) process.exit(0);
  process.stderr.write('build: esbuild is not installed (dev dependencies) and there is no dist/ to run\n');
  process.exit(1);
}

const result = await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  outbase: 'src',
  outdir: OUT,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  write: false,
  logLevel: 'warning',
});

for (const file of result.outputFiles) {
  let old;
  try {
    old = readFileSync(file.path);
  } catch {
    old = undefined;
  }
  if (old?.equals(file.contents)) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  const temp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temp, file.contents);
  renameSync(temp, file.path);
}
