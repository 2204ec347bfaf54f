/**
 * A hand-made analysis of the 2025 sample's article (assets/samples/…/article.txt),
 * as the extraction should give it: claims about the readouts with verdicts and
 * quote checks, and commentary with speakers, roles and timing. Offsets are found
 * in the texts, so the fixture stays true to them. For renderer and browser tests
 * that must not depend on the extraction's current output.
 */
import { nonVerbatim, quoteSeverity } from '../../shared/article/severity';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '../../shared/compare/compare';
import { wordDiff } from '../../shared/diff/words';
import type { LoadedComparison } from '../../shared/ipc/contract';
import { claimId, commentaryId, type ArticleAnalysis, type Claim, type ClaimId, type Commentary, type QuoteCheck, type Verdict } from '../../shared/model/article';
import type { SentenceId, Side, SourceDoc } from '../../shared/model/types';

export const SAMPLE_DIR = join(__dirname, '..', '..', 'assets', 'samples', '2025-03-18-trump-putin');

/** The sample's article as the handlers load it (meta from its meta.json). */
export function sampleArticleDoc(): SourceDoc {
  return {
    file: join(SAMPLE_DIR, 'article.txt'),
    text: readFileSync(join(SAMPLE_DIR, 'article.txt'), 'utf8'),
    meta: {
      label: 'Article', complete: true, language: 'en', publisher: null, title: null, url: null, date: '2025-03-18',
      note: 'News analysis of the call; its publisher, title and address were not recorded.',
      provenance: 'Not recorded.',
    },
  };
}

/** The hand-made analysis of `article` (the sample's) against the sample's comparison. */
export function sampleAnalysis(article: SourceDoc, comparison: Comparison): ArticleAnalysis {
  const text = article.text;
  const span = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`fixture: not in the article: ${words}`);
    return { text: words, start, end: start + words.length };
  };
  const sentence = (side: Side, words: string): SentenceId => {
    const found = comparison[side].sentences.find((s) => s.text.includes(words));
    if (!found) throw new Error(`fixture: no ${side} sentence with: ${words}`);
    return found.id;
  };
  const readoutText = (side: Side) => (side === 'a' ? comparison.a : comparison.b).sentences;
  // A quotation without the punctuation at its end (American style puts it inside the marks).
  const quote = (words: string, side: Side, matched: string): QuoteCheck => {
    const at = span(words.replace(/[,.]$/, ''));
    const s = readoutText(side).find((x) => x.text.includes(matched))!;
    const start = s.start + s.text.indexOf(matched);
    const diff = wordDiff(at.text, matched);
    const verbatim = diff.every((p) => p.kind === 'same');
    return { ...at, readout: side, verbatim, severity: verbatim ? 'verbatim' : nonVerbatim(quoteSeverity(at.text, matched, diff)), match: { sentence: s.id, start, end: start + matched.length, text: matched }, diff };
  };
  const claim = (i: number, words: string, readouts: Side[], verdicts: Partial<Record<Side, Verdict>>, links: SentenceId[], more: Partial<Claim> = {}): Claim =>
    ({ id: claimId(i), ...span(words), readouts, verdicts, links, closestSentences: [], quotes: [], ...more });

  const claims: Claim[] = [
    claim(0, 'statements from both the Kremlin and the White House indicate only a limited agreement was reached', ['a', 'b'],
      { a: 'partial', b: 'partial' }, [sentence('a', 'energy and infrastructure ceasefire'), sentence('b', 'suspension of strikes on energy')]),
    claim(1, '“The leaders agreed that the movement to peace would begin with an energy and infrastructure ceasefire,” the White House read-out said.', ['a'],
      { a: 'supported' }, [sentence('a', 'energy and infrastructure ceasefire')], {
        quotes: [quote('The leaders agreed that the movement to peace would begin with an energy and infrastructure ceasefire,', 'a',
          'The leaders agreed that the movement to peace will begin with an energy and infrastructure ceasefire')],
      }),
    claim(2, 'In its version, the Kremlin noted that it had agreed to a 30-day ceasefire on energy targets, but emphasized that it wanted a full halt to all foreign military and intelligence assistance to Ukraine as a precondition for ending the conflict.', ['b'],
      { b: 'supported' }, [sentence('b', 'complete cessation of foreign military assistance'), sentence('b', 'suspension of strikes on energy')]),
    claim(3, 'The Kremlin has previously said that any negotiations with the U.S. toward a ceasefire must also involve a wider discussion aimed at lifting sanctions and normalizing ties', ['b'],
      { b: 'not-found' }, [], { closestSentences: [sentence('b', 'Reaffirming his principled commitment')] }),
    claim(4, 'That appears to have happened, as Trump and Putin also “spoke broadly about the Middle East,” “the need to stop the proliferation of strategic weapons,” and “enormous economic deals and geopolitical stability,” according to the White House read-out.', ['a'],
      { a: 'supported' }, [sentence('a', 'spoke broadly about the Middle East'), sentence('a', 'proliferation of strategic weapons'), sentence('a', 'enormous economic deals')], {
        quotes: [
          quote('spoke broadly about the Middle East,', 'a', 'spoke broadly about the Middle East'),
          quote('the need to stop the proliferation of strategic weapons,', 'a', 'the need to stop proliferation of strategic weapons'),
          quote('enormous economic deals and geopolitical stability,', 'a', 'enormous economic deals and geopolitical stability'),
        ],
      }),
  ];

  const said = (i: number, speaker: string, role: string | null, party: boolean, words: string, timing: Commentary['timing'], links: Array<SentenceId | ClaimId>): Commentary => {
    const at = span(words);
    return { id: commentaryId(i), speaker, named: true, role, party, quote: at.text, start: at.start, end: at.end, timing, links };
  };
  const commentary: Commentary[] = [
    said(0, 'Donald Trump', 'U.S. president', true, 'My phone conversation today with President Putin of Russia was a very good and productive one,', 'after',
      [sentence('a', 'spoke about the need for peace')]),
    said(1, 'Ruth Deyermond', 'a senior lecturer at King’s College London’s Department of War Studies who specializes in U.S.-Russia relations', false,
      'Today’s Putin-Trump conversation will be about Russia-U.S. relations and what they each think they can extort from Kyiv, not peace in Ukraine,', 'before',
      [sentence('a', 'improved bilateral relations between'), claimId(0)]),
    said(2, 'Daniel Szegelowski', 'the head of the Eastern Europe Program at the Polish Institute for International Affairs', false,
      'Russia and Ukraine were negotiating a halt to strikes on energy infrastructure well before Trump won the presidential election. So not a single concession comes from the Russian side after 2-plus [hours] of [a] Trump-Putin call,', 'after',
      [sentence('a', 'energy and infrastructure ceasefire'), sentence('b', 'suspension of strikes on energy'), claimId(0)]),
    said(3, 'Volodymyr Zelensky', 'Ukrainian President', false,
      'It is clear to everyone in the world — even to those who refused to acknowledge the truth for the past three years — that it is Putin who continues to drag out this war,', null, []),
    said(4, 'Vladimir Putin', 'Russian President', true, 'Western dominance is slipping away and new centers of global growth are emerging,', 'before', []),
    said(5, 'Alexander Dugin', 'an ultranationalist philosopher who has been influential on Putin’s regime', false,
      '[Trump] is much more conservative. He is in favor of traditional values.', null, [sentence('b', 'Reaffirming his principled commitment')]),
  ];

  const automaticLinks: ArticleAnalysis['automaticLinks'] = {};
  for (const item of [...claims, ...commentary]) automaticLinks[item.id] = [...item.links];
  return { doc: article, origin: 'extracted', claims, commentary, automaticLinks, manualLinks: [] };
}

/** The sample as the renderer receives it, with the hand-made analysis as its article. */
export function withSampleAnalysis(loaded: LoadedComparison): LoadedComparison {
  return { ...loaded, article: sampleAnalysis(sampleArticleDoc(), loaded.comparison) };
}
