/**
 * Markup built safely from strings: a tagged template whose interpolated values
 * are escaped unless they are markup this template made. Every piece of text in a
 * report (readout sentences, article quotations, notes, labels, URLs) comes from
 * files the user opened, so nothing of it may be taken as markup; with `html`
 * there is no way to forget, as there is with string concatenation.
 */

/** Markup made by {@link html} (or {@link trusted}): interpolated as it is. */
export interface Markup {
  readonly __markup: string;
}

/** What may be interpolated: text (escaped), markup (as it is), lists of these, and nothing (`null`, `undefined`, `false`). */
export type Interpolation = string | number | Markup | null | undefined | false | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with the characters that mean something in HTML (in text and in quoted attributes) escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function isMarkup(value: unknown): value is Markup {
  return typeof value === 'object' && value !== null && '__markup' in value;
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (isMarkup(value)) return value.__markup;
  return value.map(render).join('');
}

/** Markup from a template: the template's own text is markup, every interpolated string is escaped. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return { __markup: out };
}

/** Markup from a constant the program wrote (a style sheet): never pass it text from a file. */
export function trusted(markup: string): Markup {
  return { __markup: markup };
}

/** The markup as a string. */
export function toHtml(markup: Markup): string {
  return markup.__markup;
}
