/** An analyst's link gets the typed differences a machine link gets (tester 10, T6: "Link with…" lost them). */
import { describe, expect, it } from 'vitest';
import { NO_RESOURCES } from '../../../shared/align/resources';
import { compare, type Comparison } from '../../../shared/compare/compare';
import { applyCorrections } from '../../../shared/corrections/apply';
import { createCorrection } from '../../../shared/corrections/model';
import { linkDifferences } from '../../../shared/differences/detect';
import type { SentenceId, SourceDoc } from '../../../shared/model/types';

// An invented call, worded unlike any sample.
const meta = (label: string) => ({ label, complete: true, language: 'en', publisher: null, title: null, url: null, date: null, note: null, provenance: null });
const doc = (file: string, label: string, text: string): SourceDoc => ({ file, meta: meta(label), text });
const A = doc('a.txt', 'Tromsø', 'Minister Ida Lund spoke with President Femi Okafor. The leaders agreed to reopen the ferry route to Lagos.');
const B = doc('b.txt', 'Abuja', 'President Femi Okafor spoke with Minister Ida Lund. Okafor proposed a 90-day trial of the ferry route, calling the old tariffs reckless.');

describe('an analyst\'s link', () => {
  const machine = compare(A, B, NO_RESOURCES);
  const machinePair = machine.pairs.find((p) => p.a.includes('a2' as SentenceId) && p.b.includes('b2' as SentenceId));
  // As if the aligner had not linked a2 and b2: the analyst does.
  const unlinked: Comparison = { ...machine, pairs: machine.pairs.filter((p) => p !== machinePair), onlyA: [...machine.onlyA, 'a2' as SentenceId], onlyB: [...machine.onlyB, 'b2' as SentenceId] };
  const texts = { a: A.text, b: B.text };
  const sentence = (side: 'a' | 'b', id: string) => machine[side].sentences.find((s) => s.id === id)!;
  const link = createCorrection({ id: 'cor-1', now: '2026-12-07T10:00:00.000Z', op: 'link', a: sentence('a', 'a2'), b: sentence('b', 'b2'), texts });

  it('carries the typed differences the rules find for the two statements, as a machine link does', () => {
    const corrected = applyCorrections(unlinked, [link], linkDifferences(unlinked));
    const pair = corrected.pairs.find((p) => p.by === 'analyst')!;
    expect(pair.differences?.map((d) => d.type)).toContain('number');
    expect(pair.differences?.find((d) => d.type === 'number')?.b?.text).toBe('90-day');
    // The same rules as the machine's link of the same two statements, when it has one.
    if (machinePair) expect(pair.differences!.map((d) => d.type).sort()).toEqual(machinePair.differences!.map((d) => d.type).sort());
  });

  it('carries none when no rules are given (an older caller), rather than made-up ones', () => {
    const pair = applyCorrections(unlinked, [link]).pairs.find((p) => p.by === 'analyst')!;
    expect(pair.differences).toBeUndefined();
  });
});
