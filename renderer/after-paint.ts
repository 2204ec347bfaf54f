/** Work put off until the window has painted: what the first frame does not need waits for it. */

/**
 * Calls `then` once the next frame has been painted and the one after begun (two frame
 * callbacks, then a task); returns a cancel. Where there are no frames (tests), a task.
 */
export function afterNextPaint(then: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(then, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => { timer = setTimeout(then, 0); });
  });
  return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
}
