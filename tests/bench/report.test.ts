import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../bench/measurements';
import { formatTable, summaryLine, verdict, type Result } from '../../bench/report';

const measurement = (key: string, decimals: number, target?: Measurement['target']): Measurement => ({
  key, what: `what ${key} is`, decimals, run: () => 0, target,
});

const results: Result[] = [
  { measurement: measurement('fast_ms', 0, { text: '≤ 10 ms', met: (v) => v <= 10 }), value: 4.4 },
  { measurement: measurement('slow_ms', 2, { text: '≤ 2 × fast_ms', met: (v, all) => v <= 2 * all.get('fast_ms')! }), value: 12.345 },
  { measurement: measurement('ratio', 1), value: 2.8 },
];

describe('summaryLine', () => {
  it('prints key=value pairs with each figure\'s decimals, in order', () => {
    expect(summaryLine(results)).toBe('fast_ms=4 slow_ms=12.35 ratio=2.8');
  });
});

describe('verdict', () => {
  it('says pass, MISS, or - when there is no target, judging against the other figures', () => {
    const all = new Map(results.map((r) => [r.measurement.key, r.value]));
    expect(results.map((r) => verdict(r, all))).toEqual(['pass', 'MISS', '-']);
  });
});

describe('formatTable', () => {
  it('lists every figure and names the missed targets at the end', () => {
    const table = formatTable(results).split('\n');
    expect(table[0]).toMatch(/^figure\s+value\s+target\s+status\s+what$/);
    expect(table[3]).toMatch(/^slow_ms\s+12\.35\s+≤ 2 × fast_ms\s+MISS\s+what slow_ms is$/);
    expect(table[table.length - 1]).toBe('Targets MISSED: slow_ms');
  });
});
