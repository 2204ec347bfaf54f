// @vitest-environment happy-dom
import { hedgeMeasured } from '../../../shared/compare/wording';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RowView } from '../../../renderer/components/RowView';
import { SourceHeader } from '../../../renderer/components/SourceHeader';
import type { LoadedComparison } from '../../../shared/ipc/contract';
import { rowDiff } from '../../../shared/view/row-diff';
import { buildRows } from '../../../shared/view/rows';
import { loadSample } from '../sample';
import { makeComparison } from '../../shared/view/make';
import { CONFIDENT } from '../../../shared/align/strength';
import { summaryParts, summaryWording } from '../../../shared/compare/wording';

let sample: LoadedComparison;
beforeAll(async () => { sample = await loadSample(); });
afterEach(cleanup);

describe('RowView', () => {
  it('marks the typed differences with a badge and their explanation, and the words only one side has as deletions and insertions on demand', () => {
    const row = buildRows(sample.comparison).find((r) => r.kind === 'matched' && r.changed && r.pairs.some((p) => (p.differences ?? []).some((d) => d.type === 'number')))!;
    const { container } = render(<RowView row={row} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    expect(container.querySelectorAll('del.only-a, ins.only-b')).toHaveLength(0);
    expect(container.querySelectorAll('.quiet-diff').length).toBeGreaterThan(0);
    const number = container.querySelector('mark.typed-number')!;
    expect(number.querySelector('.typed-badge')!.textContent).toBe('number');
    expect(number.getAttribute('title')).toMatch(/^Only Kremlin gives a number: “30-day”\.$/u);
    // The mark's own text (its accessible name) is short; the explanation is its description (tester 7, T13).
    expect(number.querySelector('.visually-hidden')!.textContent).toBe('(number difference) ');
    const spoken = number.cloneNode(true) as Element;
    spoken.querySelectorAll('[hidden]').forEach((e) => e.remove());
    expect(spoken.textContent).not.toContain('Only Kremlin gives a number');
    const described = container.querySelector(`#${CSS.escape(number.getAttribute('aria-describedby') ?? '-')}`);
    expect(described?.textContent).toMatch(/^number difference: Only Kremlin gives a number: “30-day”\.$/u);
    expect(described?.hasAttribute('hidden')).toBe(true);
    // Every type the row's pairs have gets its badge (which types the sample's row has follows the rules: shared/differences/).
    const types = new Set(row.pairs.flatMap((p) => (p.differences ?? []).map((d) => d.type)));
    const badges = new Set([...container.querySelectorAll('mark.typed .typed-badge')].map((b) => b.textContent));
    expect(types.size).toBeGreaterThan(1);
    expect(badges).toEqual(types);
    // Words the aligner matched as one concept read as common, with the concept on hover (in a row that has such words).
    const rows = buildRows(sample.comparison);
    const withConcept = rows.find((r) => r.kind === 'matched' && rowDiff(r, sample.comparison).a.some((run) => run.kind === 'equivalent'))!;
    const other = render(<RowView row={withConcept} comparison={sample.comparison} language="en" index={1} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    expect(other.container.querySelector('.equivalent')?.getAttribute('title')).toMatch(/^The same concept: “.+” ~ “.+”$/u);
    other.unmount();
    fireEvent.click(screen.getByRole('button', { name: 'Show all word differences' }));
    expect(container.querySelectorAll('del.only-a').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('ins.only-b').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Hide word differences' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('listitem').textContent).toMatch(/^Matched, worded differently: /);
  });

  it('boxes each typed difference once per side, its words of any kind and the spaces between in one mark with one badge', () => {
    let multiKind = 0;
    for (const row of buildRows(sample.comparison).filter((r) => r.pairs.some((p) => (p.differences?.length ?? 0) > 0))) {
      const { container, unmount } = render(<RowView row={row} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
      for (const side of ['a', 'b'] as const) {
        const marks = [...container.querySelectorAll(`.cell-${side} mark.typed`)];
        const numbers = marks.map((m) => m.getAttribute('data-typed'));
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const m of marks) {
          expect(m.querySelectorAll('.typed-badge')).toHaveLength(1);
          expect(m.querySelectorAll('.visually-hidden')).toHaveLength(1);
          if (new Set([...m.querySelectorAll('[data-offset]')].map((x) => x.className)).size > 1) multiKind++;
        }
      }
      unmount();
    }
    // The sample has differences whose words are cut into runs of different kinds ("Vladimir" only one side has, "Putin" both).
    expect(multiKind).toBeGreaterThan(0);
  });

  it('shows why a row was matched on demand', () => {
    const row = buildRows(sample.comparison).find((r) => r.kind === 'matched')!;
    render(<RowView row={row} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    const button = screen.getByRole('button', { name: 'Why matched?' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Hide why matched' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByText(/score \d\.\d\d, link confidence \d\.\d\d/).length).toBe(row.pairs.length);
  });

  it('says when a matched row is a weak match, and only then', () => {
    const strong = buildRows(sample.comparison).find((r) => r.kind === 'matched' && r.pairs.some((p) => (p.confidence ?? 1) >= CONFIDENT));
    // The same row as if the aligner were unsure of every link in it.
    const weak = { ...strong!, pairs: strong!.pairs.map((p) => ({ ...p, confidence: 0.42 })) };
    const { container, unmount } = render(<RowView row={weak!} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    expect(container.querySelector('.weak-match')?.textContent).toMatch(/weak match/);
    // The advice is read by screen readers too, not only in a hover title (R10).
    const advice = container.querySelector('.row-footer .visually-hidden');
    expect(advice?.textContent).toBe('Check this weak match before quoting it.');
    expect(advice?.closest('[aria-hidden="true"]')).toBeNull();
    unmount();
    const again = render(<RowView row={strong!} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    expect(again.container.querySelector('.weak-match')).toBeNull();
  });

  it('marks the gap on the other side of a one-sided statement with the omission wording', () => {
    const row = buildRows(sample.comparison).find((r) => r.kind === 'only-b')!;
    const { container } = render(<RowView row={row} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    expect(screen.getByRole('listitem').textContent).toMatch(/^((probably|possibly) )?only in Kremlin, one-sided confidence \d\.\d\d( \(in cross-validation, [^)]+\))?: /);
    expect(container.querySelector('.cell-a .gap')?.textContent).toMatch(/only in Kremlin/);
    // A "probably" caption says on hover what "probably" has meant in measurement (tester 10, T4).
    expect(container.querySelector('.cell-a .gap-marker')?.getAttribute('title') ?? null).toBe(hedgeMeasured(row.wording));
  });

  it.each(['only-a', 'only-b'] as const)('reads a one-sided statement (%s) as one group, its caption once: the empty side is no group', (kind) => {
    const row = buildRows(sample.comparison).find((r) => r.kind === kind)!;
    const { container } = render(<RowView row={row} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    const [said, empty] = kind === 'only-a' ? (['a', 'b'] as const) : (['b', 'a'] as const);
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual([sample.comparison[said].label]);
    const gap = container.querySelector(`.cell-${empty}`)!;
    expect(gap.getAttribute('role')).toBeNull();
    expect(gap.hasAttribute('aria-label')).toBe(false);
    expect(gap.querySelector('.gap')!.getAttribute('aria-hidden')).toBe('true');
    // the caption is the row's kind, read first, with its one-sided confidence
    const o = sample.comparison.omissions.find((x) => x.id === row[said][0])!;
    expect(screen.getByRole('listitem').querySelector('.row-kind')!.textContent).toBe(`${row.wording}, one-sided confidence ${o.confidence!.toFixed(2)}: `);
    // what "probably" has meant in measurement is the caption's title (tester 10, T4), not said again on every row
    const measured = hedgeMeasured(row.wording);
    expect(gap.querySelector('.gap-marker')!.getAttribute('title')).toBe(measured);
  });
});

describe('SourceHeader', () => {
  it('shows each source’s publisher, title and date, the incomplete copy’s note and the coverage', () => {
    render(<SourceHeader loaded={sample} onOpenLink={() => {}} onEditDetails={() => {}} onPaste={() => {}} />);
    expect(screen.getByRole('region', { name: 'Source A: White House' }).textContent).toMatch(/The White House/);
    const kremlin = screen.getByRole('region', { name: 'Source B: Kremlin' });
    expect(kremlin.textContent).toMatch(/incomplete copy/);
    expect(kremlin.textContent).toMatch(/Incomplete English translation/);
    expect(kremlin.textContent).toMatch(/\d+% of its \d+ words are in statements White House also reports/);
  });

  it('shows the count line short, one part per count, each with its full wording, the whole sentence read aloud', () => {
    const { container } = render(<SourceHeader loaded={sample} onOpenLink={() => {}} onEditDetails={() => {}} onPaste={() => {}} />);
    const summary = container.querySelector('.summary')!;
    expect(summary.querySelector('.summary-full')!.textContent).toBe(summaryWording(sample.comparison));
    expect(summary.querySelector('.summary-short')!.getAttribute('aria-hidden')).toBe('true');
    const parts = [...summary.querySelectorAll('.summary-part')];
    expect(parts.map((p) => [p.textContent, p.getAttribute('title')])).toEqual(summaryParts(sample.comparison).map((p) => [p.short, p.full]));
    expect(summary.querySelector('.summary-short')!.textContent).toBe(summaryParts(sample.comparison).map((p) => p.short).join(' · '));
  });
});

describe('RowView, a one-sided row', () => {
  it('shows on demand what came closest on the other side, with the score and the shared terms', () => {
    const rows = buildRows(sample.comparison).filter((r) => r.kind !== 'matched');
    const withNearest = rows.find((r) => sample.comparison.omissions.some((o) => o.id === r[r.kind === 'only-a' ? 'a' : 'b'][0] && o.nearest));
    const without = rows.find((r) => sample.comparison.omissions.some((o) => o.id === r[r.kind === 'only-a' ? 'a' : 'b'][0] && !o.nearest));
    expect(withNearest && without).toBeTruthy();
    const first = render(<RowView row={withNearest!} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Why not matched?' }));
    const omission = sample.comparison.omissions.find((o) => o.id === withNearest![withNearest!.kind === 'only-a' ? 'a' : 'b'][0])!;
    expect(first.container.querySelector('.reasons')!.textContent).toContain(`closest in ${withNearest!.kind === 'only-a' ? 'Kremlin' : 'White House'} is ${omission.nearest!.id}`);
    expect(first.container.querySelector('.reasons')!.textContent).toContain(omission.nearest!.reasons[0]!.label);
    first.unmount();
    const second = render(<RowView row={without!} comparison={sample.comparison} language="en" index={0} current={false} anyCurrent={false} query="" onFocusRow={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Why not matched?' }));
    expect(second.container.querySelector('.reasons')!.textContent).toMatch(/shares enough with it to be scored/);
  });

  it('splits rows at a weak link and shows it on both rows as a cross-reference that goes to the other row', () => {
    // Invented readouts: two topics, each strongly linked, and a weak link (0.3) across them.
    const c = makeComparison(['The envoys reopened the Tarn ferry route.', 'They praised the Kelmar orchestra.'],
      ['The Tarn ferry service will resume.', 'The orchestra of Kelmar was applauded.'], [[0, 0, 0.6, 0.9], [1, 1, 0.6, 0.9], [0, 1, 0.1, 0.3]]);
    const rows = buildRows(c);
    expect(rows.map((r) => r.key)).toEqual(['r:a1|b1', 'r:a2|b2']);
    const shown: string[] = [];
    const first = render(<RowView row={rows[0]!} number="1" comparison={c} language="en" index={0} current anyCurrent query="" onFocusRow={() => {}} onShowSentence={(id) => shown.push(id)} />);
    const ref = screen.getByRole('button', { name: 'a1 possibly matches row 2 / b2 (link confidence 0.30)' });
    expect(ref.tabIndex).toBe(0);
    fireEvent.click(ref);
    expect(shown).toEqual(['b2']);
    first.unmount();
    render(<RowView row={rows[1]!} number="2" comparison={c} language="en" index={1} current={false} anyCurrent query="" onFocusRow={() => {}} onShowSentence={(id) => shown.push(id)} />);
    const back = screen.getByRole('button', { name: 'b2 possibly matches row 1 / a1 (link confidence 0.30)' });
    // Out of the Tab order while its row is not current, as the row's other buttons.
    expect(back.tabIndex).toBe(-1);
    fireEvent.click(back);
    expect(shown).toEqual(['b2', 'a1']);
  });
});
