// Lighthouse's performance audit of the built game's first screens, as a team's phone and a trainer's laptop meet
// them: the title, and the join screen a workshop link opens. Debian's Chromium, headless, a fresh profile per run;
// mobile is Lighthouse's default (a mid-range phone on a slow 4G link, simulated), desktop its `desktop` preset.
// Budgets: score >= 90 on mobile and >= 95 on desktop, largest contentful paint <= 2.5 s on mobile.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { createSession } from '../../src/workshop/session';
import { encodeSession } from '../../src/workshop/codes';
import { readScenarioFile } from '../scenario/files';

export interface LighthouseFigures { score: number; lcp: number; tbt: number; fcp: number; si: number; cls: number }
export interface LighthouseRow { page: string; device: 'mobile' | 'desktop'; runs: LighthouseFigures[]; median: LighthouseFigures }

export const LIGHTHOUSE_BUDGET = { mobile: { score: 90, lcp: 2500 }, desktop: { score: 95 } } as const;

const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A real session code (the first meeting, three teams), so the join screen shows what a team sees. */
export function joinLink(base: string): string {
  const loaded = readScenarioFile('scenarios/first-meeting.scenario.yaml');
  if (!loaded.value) throw new Error('first-meeting.scenario.yaml did not load');
  const { session } = createSession(loaded.value, { seed: 'bench', teams: ['Red', 'Blue', 'Green'] });
  if (!session) throw new Error('could not make a workshop session');
  return `${base}#join=${encodeSession(session, loaded.value)}`;
}

async function audit(url: string, device: 'mobile' | 'desktop'): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, logLevel: 'error' });
  try {
    const config: Config | undefined = device === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config);
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), fcp: value('first-contentful-paint'),
      si: value('speed-index'), cls: value('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}

function medianOf(runs: LighthouseFigures[]): LighthouseFigures {
  // the run with the median score, so its figures belong together
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Audits each page on each device `runs` times, one after another (Lighthouse wants the machine to itself). */
export async function lighthouseRows(pages: { name: string; url: string }[], runs: number): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const page of pages) {
    for (const device of ['mobile', 'desktop'] as const) {
      const figures: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) figures.push(await audit(page.url, device));
      rows.push({ page: page.name, device, runs: figures, median: medianOf(figures) });
    }
  }
  return rows;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function lighthouseReport(rows: LighthouseRow[]): string[] {
  return rows.map(({ page, device, runs, median: m }) => {
    const budget = device === 'mobile'
      ? `budget ${LIGHTHOUSE_BUDGET.mobile.score}, LCP <= ${s(LIGHTHOUSE_BUDGET.mobile.lcp)}: ${m.score >= LIGHTHOUSE_BUDGET.mobile.score && m.lcp <= LIGHTHOUSE_BUDGET.mobile.lcp ? 'met' : 'MISSED'}`
      : `budget ${LIGHTHOUSE_BUDGET.desktop.score}: ${m.score >= LIGHTHOUSE_BUDGET.desktop.score ? 'met' : 'MISSED'}`;
    return `Lighthouse ${page}, ${device}: performance ${m.score} (runs ${runs.map((r) => r.score).join(', ')}), ` +
      `LCP ${s(m.lcp)}, TBT ${Math.round(m.tbt)} ms, FCP ${s(m.fcp)}, speed index ${s(m.si)}, CLS ${m.cls.toFixed(3)} (${budget})`;
  });
}
