import { describe, expect, it } from 'vitest';
import { until } from './harness';
import { appSuite } from './suite';

const suite = appSuite();

// Page scripts are strings: code compiled for the tests carries helpers the page lacks.
/** At the first frame with rows: how many rows are rendered, and how many of them lie outside the rows' viewport. */
const FIRST_FRAME = `(() => {
  const check = () => {
    const scroll = document.querySelector('[data-testid="rows-scroll"]');
    const slots = scroll ? [...scroll.querySelectorAll('.row-slot')] : [];
    if (slots.length === 0) { requestAnimationFrame(check); return; }
    const view = scroll.getBoundingClientRect();
    const outside = slots.filter((s) => { const r = s.getBoundingClientRect(); return r.bottom <= view.top || r.top >= view.bottom; }).length;
    window.__firstFrame = { rows: slots.length, outside };
  };
  requestAnimationFrame(check);
})();`;

describe('the first frame of the comparison shown at start', () => {
  it('renders the rows in view only, and the rows around them once it is painted', async () => {
    const app = await suite.open({ beforeLoad: (page) => page.addInitScript(FIRST_FRAME) });
    const first = await until<{ rows: number; outside: number } | undefined>(app.page, 'window.__firstFrame', (v) => v !== undefined, 20_000);
    expect(first!.rows).toBeGreaterThan(0);
    expect(first!.outside).toBe(0);
    // The sample has more rows than the window shows: the rows just below the view follow.
    const later = await until<number>(app.page, 'document.querySelectorAll(".row-slot").length', (n) => n > first!.rows, 20_000);
    expect(later).toBeGreaterThan(first!.rows);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
