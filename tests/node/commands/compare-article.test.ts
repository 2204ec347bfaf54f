import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../node/commands/command';
import { compareCommand } from '../../../node/commands/compare';

const PAIR = fileURLToPath(new URL('../../fixtures/pairs/2025-03-18-trump-putin', import.meta.url));
const at = (cwd: string): CommandContext => ({ cwd, color: false, width: 100 });
const json = async (args: string[], cwd = PAIR) => {
  const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--json', ...args], at(cwd));
  expect(outcome.exitCode, outcome.stderr).toBe(0);
  return JSON.parse(outcome.stdout);
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-'));
  for (const f of ['whitehouse.txt', 'kremlin.txt', 'article.txt']) copyFileSync(join(PAIR, f), join(dir, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const claimsFile = (name: string, content: unknown): string => {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
};
const base = { format: 'readout-compare/claims', version: 1, article: { file: 'article.txt' } };

describe('compare --article', () => {
  it('adds claims and commentary in the issue’s shape, with ids unique across the JSON', async () => {
    const out = await json(['--article', 'article.txt']);
    expect(out.claims.length).toBeGreaterThan(0);
    expect(out.commentary.length).toBeGreaterThan(0);
    for (const c of out.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'text', 'start', 'end', 'readouts', 'verdicts', 'links', 'closestSentences', 'quotes']));
      expect(Object.keys(c.verdicts).sort()).toEqual(c.readouts.length ? [...c.readouts].sort() : ['a', 'b']);
    }
    for (const q of out.commentary) expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'speaker', 'role', 'party', 'quote', 'start', 'end', 'timing', 'links']));
    const ids = [...out.a.sentences, ...out.b.sentences, ...out.claims, ...out.commentary].map((x: { id: string }) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives offsets into the article and the readout that point at the texts', async () => {
    const out = await json(['--article', 'article.txt']);
    const { readFileSync } = await import('node:fs');
    const article = readFileSync(join(PAIR, 'article.txt'), 'utf8');
    const readout = { a: readFileSync(join(PAIR, 'whitehouse.txt'), 'utf8'), b: readFileSync(join(PAIR, 'kremlin.txt'), 'utf8') } as Record<string, string>;
    for (const c of out.claims) {
      expect(article.slice(c.start, c.end)).toBe(c.text);
      for (const q of c.quotes) {
        expect(article.slice(q.start, q.end)).toBe(q.text);
        if (q.match) expect(readout[q.readout]!.slice(q.match.start, q.match.end)).toBe(q.match.text);
      }
    }
    for (const q of out.commentary) expect(article.slice(q.start, q.end)).toBe(q.quote);
  });

  it('says in one line, naming the file, why an article in another language than the readouts has no claims (stderr and JSON)', async () => {
    // Invented Russian wording, about no real call.
    writeFileSync(join(dir, 'статья.txt'), 'Президент Северии провёл телефонный разговор с премьером Южании. Стороны обсудили поставки зерна и договорились продолжить контакты. «Мы довольны итогами», — сказал пресс-секретарь.\n');
    const note = 'статья.txt is in Russian and the readouts in English: its claims and quotations cannot be checked against them.';
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--article', 'статья.txt'], at(dir));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toContain(`warning: ${note}\n`);
    const out = await json(['--article', 'статья.txt'], dir);
    expect(out.article.warnings[0]).toBe(note);
    // An English article gets no such note.
    expect((await json(['--article', 'article.txt'], dir)).article.warnings.join(' ')).not.toMatch(/cannot be checked/);
  });

  it('refuses a binary file given as the article, naming it as an article', async () => {
    writeFileSync(join(dir, 'fake.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x11, 0x22]));
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--article', 'fake.txt'], at(dir));
    expect(outcome).toEqual({ exitCode: 1, stdout: '', stderr: 'error: fake.txt: this looks like a binary file (it contains NUL bytes), not a text article\n' });
    // As a readout, it is one.
    expect((await compareCommand.run(['fake.txt', 'kremlin.txt'], at(dir))).stderr).toMatch(/not a text readout\n$/);
  });

  it('prints the claims and the quote check for a terminal', async () => {
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--article', 'article.txt'], at(PAIR));
    expect(outcome.stdout).toContain('[-would-]{+will+}');
    expect(outcome.stdout).toMatch(/\d+ claims about the readouts/);
  });

  it('exits 1 naming the article when it cannot be read', async () => {
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--article', 'missing.txt'], at(PAIR));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(/missing\.txt/);
  });
});

describe('compare --article, speakers', () => {
  it('says whether the article names each speaker: an unnamed one is its description, with "named": false', async () => {
    writeFileSync(join(dir, 'unnamed.txt'), [
      'Leaders discuss a pause in a long call.',
      '"We expect the pause to hold for the full month," a senior official said on condition of anonymity.',
      'Mara Quillon, a lecturer in security studies at Westbridge University, said: "Neither side gave much away."',
    ].join('\n\n'));
    const out = await json(['--article', 'unnamed.txt'], dir);
    const bySpeaker = Object.fromEntries(out.commentary.map((q: { speaker: string; named: boolean }) => [q.speaker, q.named]));
    expect(bySpeaker).toEqual({ 'a senior official': false, 'Mara Quillon': true });
  });
});

describe('compare --claims', () => {
  it('uses the curated file: its claims, given links and verdicts, and manual links', async () => {
    const out = await json(['--claims', 'claims.json']);
    expect(out.article).toMatchObject({ origin: 'curated', label: 'News analysis', file: 'article.txt' });
    expect(out.claims).toHaveLength(2);
    expect(out.claims[0]).toMatchObject({ id: 'c1', readouts: ['b'], links: ['b8', 'b10', 'b11'], verdicts: { b: 'supported' } });
    // Left out: computed, with the quote checked; the manual link is added.
    expect(out.claims[1].quotes[0]).toMatchObject({ readout: 'a', verbatim: false });
    expect(out.claims[1].links).toContain('b10');
    expect(out.commentary[0]).toMatchObject({ id: 'q1', speaker: 'Daniel Szegelowski', timing: 'after', links: ['a6', 'b10', 'c1'] });
    expect(out.manualLinks).toEqual([{ from: 'c2', to: 'b10', op: 'add' }]);
  });

  it('wins over --article, with a warning', async () => {
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--json', '--claims', 'claims.json', '--article', 'article.txt'], at(PAIR));
    expect(outcome.stderr).toContain('--article article.txt is ignored');
    expect(JSON.parse(outcome.stdout).article.origin).toBe('curated');
  });

  it('takes the article text from the file itself', async () => {
    const name = claimsFile('inline.json', { ...base, article: { text: 'The Kremlin said the leaders “continued a detailed and frank exchange of views.”' } });
    const out = await json(['--claims', name], dir);
    expect(out.article.file).toBe('inline.json');
  });

  it.each([
    ['not JSON', '{ "format": ', /bad\.json: not valid JSON/],
    ['a wrong format', { ...base, format: 'other' }, /bad\.json: not a valid claims file: format: expected "readout-compare\/claims"/],
    ['a newer version', { ...base, version: 2 }, /version: this version of the app reads version 1/],
    ['a bad readout', { ...base, claims: [{ text: 'x', readouts: ['c'] }] }, /claims\.0\.readouts\.0: /],
    ['a misspelt field', { ...base, claims: [{ text: 'x', readout: ['a'] }] }, /claims\.0: .*readout/],
    ['a bad sentence id', { ...base, claims: [{ text: 'x', links: ['z1'] }] }, /claims\.0\.links\.0: expected a sentence id/],
  ])('exits 1 on %s, naming the file and the field', async (_what, content, message) => {
    claimsFile('bad.json', content);
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--claims', 'bad.json'], at(dir));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a claim not in the article', { ...base, claims: [{ text: 'Words the article never used.', readouts: ['a'] }] }, /bad2\.json: claims\.0\.text: not found in the article word for word/],
    ['a link to a missing sentence', { ...base, claims: [{ text: 'In its version', readouts: ['b'], links: ['b99'] }] }, /claims\.0\.links\.0: there is no sentence b99/],
    ['a missing article', { ...base, article: { file: 'nowhere.txt' } }, /nowhere\.txt.*\(the article of bad2\.json\)/],
  ])('exits 1 on %s', async (_what, content, message) => {
    claimsFile('bad2.json', content);
    const outcome = await compareCommand.run(['whitehouse.txt', 'kremlin.txt', '--claims', 'bad2.json'], at(dir));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(message);
  });
});
