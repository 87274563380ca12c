import { unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runScript, writeDatasetFolder } from './run-script';

describe('npm run data:check', () => {
  test('passes the embedded dataset and prints its summary', () => {
    const { status, stdout } = runScript('data-check.ts');
    expect(status).toBe(0);
    expect(stdout).toMatch(/✓ public\/data\/dataset\.json: valid/);
    expect(stdout).toMatch(/quotes and 50 cues found verbatim/);
    expect(stdout).toMatch(/Records by type[\s\S]*commitments \(coded statements\)\s+46/);
    expect(stdout).toMatch(/Statements by type\s+undertaking\s+29\s+call\s+10\s+position\s+5\s+assessment\s+2/);
    expect(stdout).toMatch(/Statements by strength \(strongest first\)\s+firm\s+3\s+undertaking\s+18\s+advance\s+8\s+call\s+10\s+position\s+5\s+view\s+2/);
    expect(stdout).toMatch(/By country[\s\S]*Kazakhstan\s+19\s+26/);
    expect(stdout).toMatch(/Undertakings by domain[\s\S]*Energy\s+1/);
  });

  test('passes a valid dataset of the analyst\'s own', () => {
    expect(runScript('data-check.ts', writeDatasetFolder()).status).toBe(0);
  });

  test('fails on a broken reference, naming file, record and field', () => {
    const path = writeDatasetFolder((d) => (d.commitments[0]!.domainIds = ['mining']));
    const { status, stderr } = runScript('data-check.ts', path);
    expect(status).toBe(1);
    expect(stderr).toContain('dataset.json › commitments[0] "energy-trade" › domainIds[0]: unknown domain "mining"');
  });

  test('fails on a schema violation', () => {
    const path = writeDatasetFolder((d) => ((d.countries[0] as { id: string }).id = 'China'));
    const { status, stderr } = runScript('data-check.ts', path);
    expect(status).toBe(1);
    expect(stderr).toContain('dataset.json › countries[0] "China" › id: an ISO 3166-1 alpha-3 code');
  });

  test('fails when JSON is malformed', () => {
    const path = writeDatasetFolder();
    writeFileSync(path, '{"schemaVersion": 1,');
    const { status, stderr } = runScript('data-check.ts', path);
    expect(status).toBe(1);
    expect(stderr).toMatch(/dataset\.json › not valid JSON/);
  });

  test('fails when a source has been edited since it was described', () => {
    const path = writeDatasetFolder(undefined, 'Un autre texte. La Chine et le Kazakhstan renforceront la coopération dans l’énergie et le commerce.');
    const { status, stderr } = runScript('data-check.ts', path);
    expect(status).toBe(1);
    expect(stderr).toMatch(/sources\[0\] "fixture-source" › sha256: the file's SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64}/);
    expect(stderr).toMatch(/evidence\[0\]: quote not found verbatim/);
  });

  test('fails when a source file is missing', () => {
    const path = writeDatasetFolder();
    unlinkSync(join(dirname(path), 'sources', 'fixture.fr.txt'));
    const { status, stderr } = runScript('data-check.ts', path);
    expect(status).toBe(1);
    expect(stderr).toContain('sources[0] "fixture-source" › file: the source file "sources/fixture.fr.txt" could not be read');
  });
});
