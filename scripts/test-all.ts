/**
 * Runs every check in order and never stops early (e2e is skipped, and counted
 * as failed, when the build failed). The last line printed is `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderScores, type MutationReport } from './lib/mutation-score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportsDir = join(root, 'reports');

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  note: string;
}

const results: StepResult[] = [];

function run(command: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, { cwd: root, env, shell: true, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error);
      done(1);
    });
    child.on('close', (code, signal) => done(signal ? 1 : (code ?? 1)));
  });
}

function banner(name: string, command: string): void {
  console.log(`\n=== ${name}: ${command}`);
}

async function plainStep(name: string, command: string): Promise<boolean> {
  banner(name, command);
  const code = await run(command);
  const ok = code === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: `exit ${code}` });
  return ok;
}

interface VitestJson {
  numPassedTests?: number;
  numFailedTests?: number;
}

async function vitestStep(name: string, project: string, env?: NodeJS.ProcessEnv): Promise<void> {
  const reportFile = join(reportsDir, `${name}.json`);
  rmSync(reportFile, { force: true });
  const command =
    `npx vitest run --project ${project} ` +
    `--reporter=default --reporter=json --outputFile=reports/${name}.json`;
  banner(name, command);
  const code = await run(command, env);

  let passed = 0;
  let failed = 0;
  let note = `exit ${code}`;
  try {
    const json = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJson;
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
  } catch {
    note += ', no JSON report';
  }
  // A non-zero exit without failed tests (no test files, load error, unhandled error) is a failure too.
  if (code !== 0 && failed === 0) {
    failed = 1;
    note += ', run failed';
  }
  results.push({ name, passed, failed, note });
}

/** The audit needs the registry's audit service; where it cannot be reached, say so and count nothing. */
async function auditStep(): Promise<void> {
  const command = 'npx tsx scripts/audit.ts';
  banner('audit', command);
  const code = await run(command);
  if (code === 3) results.push({ name: 'audit', passed: 0, failed: 0, note: 'not run: registry audit service unreachable' });
  else results.push({ name: 'audit', passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, note: `exit ${code}` });
}

/** The least mutation score each mutated folder must keep (issue: tests that catch regressions). */
const MUTATION_FLOOR = 85;

/** Stryker over the mutated folders; one result per folder, passed while its score holds the floor. */
async function mutationStep(): Promise<void> {
  const reportFile = join(reportsDir, 'mutation', 'mutation.json');
  rmSync(reportFile, { force: true });
  const command = 'npx stryker run';
  banner('mutation', command);
  const code = await run(command);
  let report: MutationReport;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as MutationReport;
  } catch {
    results.push({ name: 'mutation', passed: 0, failed: 1, note: `exit ${code}, no JSON report` });
    return;
  }
  for (const { folder, killed, total, score } of folderScores(report)) {
    const holds = score !== null && score >= MUTATION_FLOOR;
    const note = score === null ? 'no mutant' : `${score.toFixed(1)} % (${killed} of ${total} mutants killed; floor ${MUTATION_FLOOR} %)`;
    results.push({ name: `mutation: ${folder}`, passed: holds ? 1 : 0, failed: holds ? 0 : 1, note });
  }
}

function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

async function ensureChromium(): Promise<string | undefined> {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    const command = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';
    banner('install chromium', command);
    await run(command);
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    '\nChromium was not found (looked at $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).\n' +
      'The e2e tests need it. On Debian/Ubuntu: sudo apt-get install chromium\n' +
      'Or point CHROME_PATH at an existing Chromium/Chrome binary.\n',
  );
  return undefined;
}

async function main(): Promise<void> {
  mkdirSync(reportsDir, { recursive: true });

  await plainStep('typecheck', 'npx tsc -p tsconfig.json');
  await plainStep('lint', 'npx eslint .');
  await plainStep('data:check', 'npx tsx scripts/data-check.ts');
  await plainStep('map', 'npm run map --silent');
  await auditStep();
  await vitestStep('unit', 'unit');
  const built = await plainStep('build', 'npx vite build');

  if (!built) {
    console.log('\n=== e2e: skipped because the build failed');
    results.push({ name: 'e2e', passed: 0, failed: 1, note: 'skipped: build failed' });
  } else {
    const chrome = await ensureChromium();
    if (!chrome) {
      results.push({ name: 'e2e', passed: 0, failed: 1, note: 'skipped: Chromium not found' });
    } else {
      await vitestStep('e2e', 'e2e', { ...process.env, CHROME_PATH: chrome });
    }
  }
  await mutationStep();

  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const width = Math.max(...results.map((r) => r.name.length), 'step'.length);
  const rows = results.map(
    (r) =>
      `${r.failed ? 'FAIL' : 'ok  '}  ${r.name.padEnd(width)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.note}`,
  );
  console.log(
    ['', '=== summary', `      ${'step'.padEnd(width)}  passed  failed  note`, ...rows, ''].join('\n'),
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
