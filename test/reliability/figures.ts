// The figures the reliability issue asks for; each test file writes its own, the global setup adds them up.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    figuresDir: string;
  }
}

export interface Figures {
  casesGenerated: number;
  payloadsTried: number;
  /** Faults injected in a real browser: worker stops, reloads, closed tabs, quota, concurrent saves. */
  faultsInjected: number;
  /** Pages whose marker text did not reach the Markdown. */
  dataLost: number;
  /** Payloads found in the Markdown in a form a renderer would run. */
  scriptsExecuted: number;
  slowestMsPerMb: number;
  slowestCase: string;
}

export const emptyFigures = (): Figures => ({ casesGenerated: 0, payloadsTried: 0, faultsInjected: 0, dataLost: 0, scriptsExecuted: 0, slowestMsPerMb: 0, slowestCase: '-' });

/** Writes one test file's figures where the global setup collects them. */
export function saveFigures(file: string, figures: Figures): void {
  writeFileSync(join(inject('figuresDir'), `${file}.json`), JSON.stringify(figures));
}

export function totals(parts: Figures[]): Figures {
  const sum = emptyFigures();
  for (const f of parts) {
    sum.casesGenerated += f.casesGenerated;
    sum.payloadsTried += f.payloadsTried;
    sum.faultsInjected += f.faultsInjected ?? 0;
    sum.dataLost += f.dataLost;
    sum.scriptsExecuted += f.scriptsExecuted;
    if (f.slowestMsPerMb > sum.slowestMsPerMb) Object.assign(sum, { slowestMsPerMb: f.slowestMsPerMb, slowestCase: f.slowestCase });
  }
  return sum;
}
