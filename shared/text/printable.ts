/**
 * Text that comes from outside (a file name, a file's `savedBy`) made safe to show
 * in a message: control characters are written as escapes, so that an ESC sequence
 * cannot move the cursor or recolour a terminal, a newline cannot print a fake
 * second line, and a bidi control cannot turn the line around. Every message the CLI
 * prints and every banner the app shows goes through `printable` (issue 15, item 12).
 *
 * Escaped: C0 controls (tab and newline included: a message is one line), DEL, C1
 * controls, and the bidirectional formatting characters (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), as Unicode TR #9 lists them.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as an escape (`\n`, `\x1b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
