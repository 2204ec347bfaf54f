/** Language tags as the analysis uses them. */

/** The primary language subtag of a BCP 47 tag, lower case: "en-GB" → "en", "RU" → "ru"; "und" when there is none. */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === '' ? 'und' : primary;
}
