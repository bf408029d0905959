import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '../../bin/endolens.mjs');
const PAGES = join(__dirname, '../fixtures/pages');
const WELLNESS = join(PAGES, '2026-11-23-wellness-endorphin-boost.html');
const DEBUNK = join(PAGES, '2026-11-23-debunk-endorphin-myths.html');

function endolens(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'endolens-cli-'));

describe('endolens scan', () => {
  it('finds the seeded terms and both myths in a wellness page, and exits 1', () => {
    const r = endolens(['scan', WELLNESS, '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    const ids = new Set(out.terms.map((t: { id: string }) => t.id));
    for (const id of ['endorphin', 'beta-endorphin', 'enkephalin', 'dynorphin', 'mu-opioid-receptor', 'delta-opioid-receptor', 'kappa-opioid-receptor', 'pomc', 'naloxone', 'naltrexone']) {
      expect(ids).toContain(id);
    }
    const myths = out.myths.map((m: { id: string }) => m.id);
    expect(myths).toContain('happiness-chemical');
    expect(myths).toContain('endorphin-foods');
  });

  it('ignores a page that only debunks the myths, and exits 0', () => {
    const r = endolens(['scan', DEBUNK, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).myths).toEqual([]);
  });

  it('never reads text from scripts, styles, hidden blocks or form fields', () => {
    const out = JSON.parse(endolens(['scan', WELLNESS, '--json']).stdout);
    const sentences = out.myths.map((m: { sentence: string }) => m.sentence).join('\n');
    expect(sentences).not.toMatch(/happy hormone|Hidden promo/);
  });

  it('gives offsets into the extracted text, with the text they cover', () => {
    const text = 'Intro line.\nDark chocolate boosts your endorphins.';
    const r = endolens(['scan', '-', '--json'], text);
    const out = JSON.parse(r.stdout);
    const term = out.terms.find((t: { id: string }) => t.id === 'endorphin');
    expect(text.slice(term.start, term.end)).toBe(term.text);
    expect(out.myths[0]).toMatchObject({ id: 'endorphin-foods', sentence: 'Dark chocolate boosts your endorphins.' });
    expect(text.slice(out.myths[0].start, out.myths[0].end)).toBe(out.myths[0].sentence);
  });

  it('prints a readable report with counts, the sentence, the verdict and the correction', () => {
    const r = endolens(['scan', WELLNESS]);
    expect(r.stdout).toContain('Myths (');
    expect(r.stdout).toMatch(/happiness-chemical \(oversimplification\)/);
    expect(r.stdout).toContain('Correction:');
    expect(r.stdout).toMatch(/Terms \(\d+ terms, \d+ mentions\)/);
  });

  it('exits 0 with --no-fail even when a myth is found', () => {
    expect(endolens(['scan', WELLNESS, '--no-fail']).status).toBe(0);
  });

  it('reads plain text files, and joins hard-wrapped lines', () => {
    const file = join(tmp, 'note.txt');
    writeFileSync(file, 'Endorphins are the happiness chemical your brain\nmakes after a run.\n');
    const out = JSON.parse(endolens(['scan', file, '--json']).stdout);
    expect(out.myths.map((m: { id: string }) => m.id)).toEqual(['happiness-chemical']);
  });

  it.each([
    ['a missing file', ['scan', join(tmp, 'nope.html')], /^endolens: no such file: .*nope\.html\n$/],
    ['a folder', ['scan', tmp], /is a folder, not a file/],
    ['no input', ['scan'], /scan takes one input/],
    ['an unknown option', ['scan', WELLNESS, '--jsn'], /unknown option --jsn/],
    ['an unknown command', ['scna'], /unknown command scna/],
    ['an unreachable address', ['scan', 'http://127.0.0.1:9/page'], /^endolens: cannot fetch http:\/\/127\.0\.0\.1:9\/page/],
  ])('exits 2 with a one-line message for %s', (_, args, message) => {
    const r = endolens(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 and names the file, the field and the problem for an invalid catalogue', () => {
    const r = endolens(['scan', WELLNESS], undefined, { ENDOLENS_DATA: join(tmp, 'no-data') });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/sources\.yaml: cannot be read \(ENOENT\)/);
  });
});

describe('endolens scan --jsonl', () => {
  it('writes one result per line, with the same id, in the same order', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Endorphins are the happy hormone.' }),
      JSON.stringify({ id: 7, html: '<p>Naloxone blocks <i>opioid</i> receptors.</p>' }),
      '',
      JSON.stringify({ id: 'c', text: 'Nothing to see.' }),
    ].join('\n');
    const r = endolens(['scan', '--jsonl'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, 'c']);
    expect(lines[0].myths[0].id).toBe('happiness-chemical');
    expect(lines[1].terms.map((t: { id: string }) => t.id)).toEqual(['naloxone', 'opioid-receptor']);
    expect(lines[2]).toEqual({ id: 'c', terms: [], myths: [] });
  });

  it.each([
    ['not JSON', '{"id": 1, "text": "ok"}\n{oops', /^endolens: line 2: not valid JSON\n$/],
    ['no text or html', '{"id": 1}', /^endolens: line 1: needs a "text" or an "html" string\n$/],
    ['not an object', '[1, 2]', /^endolens: line 1: expected an object\n$/],
  ])('exits 2 and names the line for a line that is %s', (_, input, message) => {
    const r = endolens(['scan', '--jsonl'], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('endolens catalogue', () => {
  it('lists every entry as JSON with id, kind, name or claim, aliases, summary or correction, sources', () => {
    const r = endolens(['catalogue', '--json']);
    expect(r.status).toBe(0);
    const entries = JSON.parse(r.stdout);
    const endorphin = entries.find((e: { id: string }) => e.id === 'endorphin');
    expect(endorphin).toMatchObject({ kind: 'term', name: expect.any(String), summary: expect.any(String) });
    expect(endorphin.aliases).toContain('endorphin');
    const myth = entries.find((e: { id: string }) => e.id === 'endorphin-foods');
    expect(myth).toMatchObject({ kind: 'myth', verdict: expect.any(String), correction: expect.any(String) });
    expect(myth.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('prints a readable listing', () => {
    const r = endolens(['catalogue']);
    expect(r.stdout).toMatch(/^EndoLens catalogue: \d+ terms, \d+ myths/);
    expect(r.stdout).toContain('happiness-chemical [myth,');
  });
});

describe('a large input', () => {
  it('scans 50 MB of HTML in bounded memory', () => {
    const file = join(tmp, 'big.html');
    const paragraph =
      '<p>Researchers measured <b>mu-opioid receptor</b> binding in volunteers; the <a href="#">tables</a> list each region and value in detail for readers who want them.</p>\n';
    const filler = '<div><p>Plain words about gardens, weather, trains and cooking that mention nothing at all of interest here today.</p></div>\n';
    const block = paragraph + filler.repeat(9);
    const count = Math.ceil((50 * 1024 * 1024) / block.length);
    writeFileSync(file, `<html><body>${block.repeat(count)}<p>Dark chocolate boosts your endorphins.</p></body></html>`);
    const r = endolens(['scan', file], undefined, { NODE_OPTIONS: '--max-old-space-size=1024' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Myths \(1\)/);
    expect(r.stdout).toMatch(new RegExp(`${count}  Mu-opioid receptor`));
  });
});
