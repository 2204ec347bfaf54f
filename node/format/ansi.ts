/**
 * Terminal styling: whether to colour, the ANSI codes of the few styles used, and
 * making file text safe to print (a readout must not be able to send escape
 * sequences to the user's terminal).
 */

/** A text style of the terminal output. */
export type Style = 'bold' | 'dim' | 'removed' | 'added' | 'alert' | 'heading';

const CODES: Record<Style, [open: string, close: string]> = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  removed: ['\x1b[31m', '\x1b[39m'],
  added: ['\x1b[32m', '\x1b[39m'],
  alert: ['\x1b[1;33m', '\x1b[22;39m'],
  heading: ['\x1b[1;36m', '\x1b[22;39m'],
};

/** `text` in `style` when `color` is on, else `text` unchanged. */
export function paint(text: string, style: Style | undefined, color: boolean): string {
  if (!color || !style || text === '') return text;
  const [open, close] = CODES[style];
  return open + text + close;
}

/**
 * Whether to colour output written to a stream: only to a terminal, and not when
 * NO_COLOR is set to anything but "" (no-color.org); FORCE_COLOR (not "0") forces it.
 */
export function shouldUseColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY === true;
}

/** Control characters other than tab and line breaks (C0, DEL, C1), which a terminal may act on. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** `text` with every control character that is not whitespace replaced by U+FFFD. */
export function printable(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}
