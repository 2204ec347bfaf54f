// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useInView } from '../../../renderer/hooks/useInView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Three items; `selector` and `again` passed to the hook. */
function List({ selector, again, block }: { selector: string | null; again?: unknown; block?: ScrollLogicalPosition }) {
  const ref = useRef<HTMLUListElement>(null);
  useInView(ref, selector, block, again);
  return <ul ref={ref}>{['one', 'two', 'three'].map((id) => <li key={id} id={id}>{id}</li>)}</ul>;
}

/** Records which elements were brought into view, and how. */
function spyScroll() {
  const calls: Array<[string, ScrollIntoViewOptions | boolean | undefined]> = [];
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement, options) { calls.push([this.id, options]); });
  return calls;
}

describe('useInView', () => {
  it('brings the element the selector names into view, once per change of selector', () => {
    const calls = spyScroll();
    const view = render(<List selector="#two" />);
    expect(calls).toEqual([['two', { block: 'nearest' }]]);
    view.rerender(<List selector="#two" />);
    expect(calls).toHaveLength(1);
    view.rerender(<List selector="#three" block="center" />);
    expect(calls).toEqual([['two', { block: 'nearest' }], ['three', { block: 'center' }]]);
  });

  it('does nothing without a selector or for one that names nothing', () => {
    const calls = spyScroll();
    const view = render(<List selector={null} />);
    view.rerender(<List selector="#four" />);
    expect(calls).toEqual([]);
  });

  it('brings the same element into view again when `again` changes (the next match in the same item)', () => {
    const calls = spyScroll();
    const view = render(<List selector="#one" again={0} />);
    view.rerender(<List selector="#one" again={0} />);
    view.rerender(<List selector="#one" again={1} />);
    expect(calls.map(([id]) => id)).toEqual(['one', 'one']);
  });
});
