// Global setup of the reliability projects (the pure pipeline, and the browser layers in
// test/e2e/reliability/): gives each test file a folder for its figures, and prints the issue's
// summary line from all of them when the run ends.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type Figures, totals } from './figures';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'keepmark-reliability-'));
  project.provide('figuresDir', dir);
  return () => {
    const parts = readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Figures);
    rmSync(dir, { recursive: true, force: true });
    const t = totals(parts);
    console.log(
      `\n${project.name}: cases generated | hostile payloads tried | faults injected | data lost | scripts executed | slowest ms/MB\n` +
        `${t.casesGenerated} | ${t.payloadsTried} | ${t.faultsInjected} | ${t.dataLost} | ${t.scriptsExecuted} | ${t.slowestMsPerMb ? `${t.slowestMsPerMb.toFixed(0)} (${t.slowestCase})` : 'n/a'}`,
    );
  };
}
