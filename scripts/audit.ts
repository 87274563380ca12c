/**
 * `npm audit --omit=dev`, failing on any high or critical advisory in what the page ships.
 * Exits 0 when clean, 1 when something high or critical is found, and 3 when the registry's
 * audit service cannot be reached (offline machines, mirrors without the audit endpoint).
 */
import { spawnSync } from 'node:child_process';

const UNREACHABLE = 3;

interface AuditJson {
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  statusCode?: number;
}

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report: AuditJson;
try {
  report = JSON.parse(result.stdout) as AuditJson;
} catch {
  console.log(`npm audit gave no report: ${(result.stderr || result.error?.message || 'no output').trim().split('\n')[0]}`);
  process.exit(UNREACHABLE);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.log(`npm audit could not ask the registry: ${report.message ?? 'unknown error'}`);
  process.exit(UNREACHABLE);
}
console.log(`npm audit --omit=dev: ${Object.entries(counts).map(([level, n]) => `${n} ${level}`).join(', ')}`);
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
process.exit(serious > 0 ? 1 : 0);
