import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const NORTHMOOR = 'scenarios/northmoor.scenario.yaml';

/** Mermaid, read structurally: node declarations, edges, class lines; anything else is a parse failure. */
function parseMermaid(text: string) {
  const lines = text.trimEnd().split('\n');
  const nodes = new Map<string, string>();
  const edges: { from: string; to: string; label: string; dashed: boolean }[] = [];
  const classes = new Map<string, string[]>();
  const unread: string[] = [];
  for (const line of lines.slice(1)) {
    let m: RegExpExecArray | null;
    if ((m = /^ {2}([a-z][a-z0-9_]*)(\[\/|\(\[|\(\(|\{\{|\[)"([^"]*)"(\/\]|\]\)|\)\)|\}\}|\])$/.exec(line))) nodes.set(m[1], m[2]);
    else if ((m = /^ {2}([a-z][a-z0-9_]*) (-->|-\.->)\|"([^"]*)"\| ([a-z][a-z0-9_]*)$/.exec(line))) edges.push({ from: m[1], to: m[4], label: m[3], dashed: m[2] === '-.->' });
    else if ((m = /^ {2}class ([a-z0-9_,]+) ([a-z]+)$/.exec(line))) classes.set(m[2], m[1].split(','));
    else if (!/^ {2}(%%|classDef )/.test(line)) unread.push(line);
  }
  return { first: lines[0], nodes, edges, classes, unread };
}

/** DOT, read structurally: balanced braces outside strings, declared nodes, and edges. */
function parseDot(text: string) {
  let depth = 0;
  let min = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) { if (c === '\\') i++; else if (c === '"') inString = false; continue; }
    if (c === '"') inString = true;
    if (c === '{') depth++;
    if (c === '}') { depth--; min = Math.min(min, depth); }
  }
  const nodes = new Set([...text.matchAll(/^ {2}"([^"]+)" \[label=/gm)].map((m) => m[1]));
  const edges = [...text.matchAll(/^ {2}"([^"]+)" -> "([^"]+)" \[label="([^"]*)"(, style=dashed)?\];$/gm)].map((m) => ({ from: m[1], to: m[2], label: m[3] }));
  return { balanced: depth === 0 && min >= 0 && !inString, nodes, edges };
}

describe('scenario graph', () => {
  it('prints a Mermaid flowchart in which every edge joins two declared nodes', () => {
    const r = runCli('graph', NORTHMOOR, '--format', 'mermaid');
    expect(r.status).toBe(0);
    const g = parseMermaid(r.stdout);
    expect(g.first).toBe('flowchart LR');
    expect(g.unread).toEqual([]);
    expect(g.edges.length).toBeGreaterThan(100);
    for (const e of g.edges) { expect(g.nodes.has(e.from), e.from).toBe(true); expect(g.nodes.has(e.to), e.to).toBe(true); }
  });

  it('draws decisions, events, variables, derived values and endings, with hidden variables in their own dashed class', () => {
    const g = parseMermaid(runCli('graph', NORTHMOOR).stdout);
    expect(g.nodes.get('dec_audit_numbers')).toBe('[');
    expect(g.nodes.get('evt_serious_incident')).toBe('{{');
    expect(g.nodes.get('drv_dashboard_index')).toBe('[/');
    expect(g.nodes.get('fin_learning_partnership')).toBe('((');
    expect(g.classes.get('hidden')).toContain('var_practice_quality');
    expect(g.classes.get('visible')).toContain('var_media_heat');
    expect(g.classes.get('hidden')).not.toContain('var_media_heat');
  });

  it('labels effects with their sign, links with sign and delay, and draws what conditions read as dashed edges', () => {
    const g = parseMermaid(runCli('graph', NORTHMOOR).stdout);
    const has = (from: string, to: string, label: string, dashed = false) => g.edges.some((e) => e.from === from && e.to === to && e.label === label && e.dashed === dashed);
    expect(has('dec_audit_numbers', 'var_gaming', '+')).toBe(true);
    expect(has('dec_audit_numbers', 'var_morale', '-')).toBe(true);
    expect(has('dec_reflective_supervision', 'var_expertise', '+ after 2q')).toBe(true);
    expect(has('evt_national_child_death', 'var_insight', 'ask_the_front_line: +')).toBe(true);
    expect(has('var_learning', 'var_practice_quality', '+ 5q')).toBe(true);
    expect(has('var_gaming', 'var_assessments_on_time', '+')).toBe(true);
    expect(has('var_prescription', 'drv_admin_share', 'formula')).toBe(true);
    expect(has('var_learning', 'fin_learning_partnership', 'reads', true)).toBe(true);
    expect(has('var_prescription', 'dec_retire_procedures', 'reads', true)).toBe(true);
    expect(has('evt_serious_incident', 'dec_blame_review', 'history', true)).toBe(true);
    expect(has('var_political_confidence', 'evt_ministerial_directive', 'reads', true)).toBe(true);
  });

  it('prints a DOT digraph with balanced braces in which every edge joins two declared nodes', () => {
    const r = runCli('graph', NORTHMOOR, '--format', 'dot');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^digraph "[^"]+" \{\n/);
    const g = parseDot(r.stdout);
    expect(g.balanced).toBe(true);
    expect(g.edges.length).toBe((r.stdout.match(/ -> /g) ?? []).length);
    for (const e of g.edges) { expect(g.nodes.has(e.from), e.from).toBe(true); expect(g.nodes.has(e.to), e.to).toBe(true); }
    expect(g.edges).toContainEqual({ from: 'dec_audit_numbers', to: 'var_gaming', label: '+' });
  });

  it('gives the same text for the same scenario, byte for byte', () => {
    expect(runCli('graph', 'scenarios/first-meeting.scenario.yaml', '--format', 'dot').stdout).toBe(runCli('graph', 'scenarios/first-meeting.scenario.yaml', '--format', 'dot').stdout);
  });

  it('refuses an unknown format with usage (exit 2), and a broken file with its diagnostics (exit 1)', () => {
    const bad = runCli('graph', NORTHMOOR, '--format', 'svg');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: npm run scenario -- graph FILE [--format mermaid|dot]');
    const broken = runCli('graph', 'test/fixtures/loader/SC0102-unknown-variable.scenario.yaml');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('error SC0102');
  });

  it('with --focus keeps only what is within --depth steps of the named nodes, and names a misspelt one', () => {
    const whole = parseDot(runCli('graph', NORTHMOOR, '--format', 'dot').stdout);
    const one = parseDot(runCli('graph', NORTHMOOR, '--format', 'dot', '--focus', 'practice_quality').stdout);
    const two = parseDot(runCli('graph', NORTHMOOR, '--format', 'dot', '--focus', 'practice_quality', '--depth', '2').stdout);
    expect(one.edges.length).toBeLessThan(two.edges.length);
    expect(two.edges.length).toBeLessThan(whole.edges.length);
    // every node of the one-step graph touches practice_quality, or is it
    for (const n of one.nodes) if (n !== 'var_practice_quality') expect(one.edges.some((e) => (e.from === n && e.to === 'var_practice_quality') || (e.to === n && e.from === 'var_practice_quality')), n).toBe(true);
    const typo = runCli('graph', NORTHMOOR, '--focus', 'practise_quality');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("did you mean 'practice_quality'?");
    expect(runCli('graph', NORTHMOOR, '--depth', '2').status).toBe(2);
  });
});
