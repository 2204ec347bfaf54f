/**
 * The same comparison's claim verdicts read the same in the terminal, the findings and
 * the PDF (its claim list and its page-1 count): tester 8, U9, where the terminal said
 * "partly supported / QUOTE NOT FOUND", the PDF "quoted in other words" over "nothing
 * resembles it", and the PDF's count contradicted its own list. The sample with its
 * article, plus an invented claim resting on a quotation no readout has.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTerminal } from '../../../node/format/terminal';
import { buildFindings } from '../../../shared/findings/findings';
import { claimId, type ArticleAnalysis } from '../../../shared/model/article';
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report/options';
import { renderReport, type ReportInput } from '../../../shared/report/report';
import { readoutVerdict, VERDICT_ORDER, VERDICT_WORDS, verdictCounts, verdictTally, verdictText } from '../../../shared/article/verdict';
import { sampleInput } from '../../report-inputs';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let input: ReportInput;
let article: ArticleAnalysis;
beforeAll(async () => {
  input = await sampleInput();
  const a = input.article!;
  // An invented claim about the Kremlin whose whole content is a quotation the Kremlin's copy lacks; its content judged "partial".
  const text = 'The leaders pledged to build a joint observatory on Mount Olvera for the spring equinox, the statement said.';
  const quoted = 'pledged to build a joint observatory on Mount Olvera for the spring equinox';
  const invented = {
    id: claimId(a.claims.length), text, start: 0, end: text.length, readouts: ['b' as const], verdicts: { b: 'partial' as const }, links: [], closestSentences: [],
    quotes: [{ text: quoted, start: 4, end: 4 + quoted.length, readout: 'b' as const, verbatim: false, severity: 'different-wording' as const, match: null, diff: [] }],
  };
  article = { ...a, claims: [...a.claims, invented] };
  input = { ...input, article };
});

describe('one verdict per claim, worded the same in every output', () => {
  it('prints the same count in the terminal and on the PDF’s first page, and the PDF’s list agrees with it', () => {
    const tally = verdictTally(article.claims);
    expect(tally).toMatch(/not found/);
    const terminal = formatTerminal({ comparison: input.comparison, meta: { a: input.a.meta, b: input.b.meta }, article }, { color: false, width: 200 });
    expect(terminal).toContain(`${article.claims.length} claims about the readouts (${tally})`);
    const doc = parseHTML(renderReport(input, DEFAULT_REPORT_OPTIONS)).document;
    expect(squash(doc.querySelector('.summary')!.textContent!)).toContain(tally);
    // The claim list: one verdict per readout judged, its class the verdict, the counts those of the summary.
    const listed = [...doc.querySelectorAll('.claims li.verdict')].map((li) => li.className.replace('verdict ', ''));
    const counts = verdictCounts(article.claims);
    for (const k of VERDICT_ORDER) expect(listed.filter((x) => x === k).length, k).toBe(counts[k]);
  });

  it('never prints "quoted in other words" for a quotation nothing resembles: the invented claim reads "not found" everywhere', () => {
    const last = article.claims.at(-1)!;
    const terminal = formatTerminal({ comparison: input.comparison, meta: { a: input.a.meta, b: input.b.meta }, article }, { color: false, width: 400 });
    const line = terminal.split('\n').find((l) => l.startsWith(`${last.id} ·`))!;
    expect(line).toContain("Not found in Kremlin's");
    expect(line).not.toMatch(/partly supported|other words/);
    const doc = parseHTML(renderReport(input, DEFAULT_REPORT_OPTIONS)).document;
    const pdf = squash(doc.getElementById(`claim-${last.id}`)!.parentElement!.textContent!);
    expect(pdf).toContain("Not found in Kremlin's");
    expect(pdf).not.toMatch(/other words|partly supported/);
  });

  it('words a quotation finding as the terminal and the PDF word its claim, its badge from the same severity, and says which side of the diff is the article', () => {
    const misquote = buildFindings({ comparison: input.comparison, article, annotations: [] }).find((f) => f.kind === 'misquote' || f.kind === 'quotation')!;
    const claim = article.claims.find((c) => c.id === misquote.ids[0])!;
    const side = claim.quotes.find((q) => q.match?.sentence === misquote.ids[1])!.readout;
    const verdict = readoutVerdict(claim, side)!;
    expect(misquote.text).toContain(VERDICT_WORDS[verdict.kind].words);
    // The badge and the words come from the same severity (tester 10, T2): "misquote" only for "misquoted (changes meaning)".
    expect(misquote.kind).toBe(verdict.kind === 'misquoted' ? 'misquote' : 'quotation');
    // In plain words, pasteable (tester 10, T8): the article's quotation, then the readout's; no diff markup.
    expect(misquote.text).toMatch(new RegExp(`article: “[^”]+” / ${input.comparison[side].label}: “[^”]+”$`, 'u'));
    expect(misquote.text).not.toMatch(/\[-|\{\+/u);
    const said = verdictText(verdict, input.comparison[side].label, input.comparison[side].complete);
    const terminal = formatTerminal({ comparison: input.comparison, meta: { a: input.a.meta, b: input.b.meta }, article }, { color: false, width: 400 });
    expect(terminal.split('\n').find((l) => l.startsWith(`${claim.id} ·`))).toContain(said);
    const doc = parseHTML(renderReport(input, DEFAULT_REPORT_OPTIONS)).document;
    expect(squash(doc.getElementById(`claim-${claim.id}`)!.parentElement!.textContent!)).toContain(said);
  });
});
