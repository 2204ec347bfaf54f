/** Language tags as the analysis uses them. */

/** The primary language subtag of a BCP 47 tag, lower case: "en-GB" → "en", "RU" → "ru"; "und" when there is none. */
export function primaryLanguage(tag: string): string {
  // A tag that is already a primary subtag ("en"), as most are: answered without the three
  // strings made below (a hot path: asked per word by the stop-word lists).
  if (isLowerPrimary(tag)) return tag;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === '' ? 'und' : primary;
}

/** Whether `tag` is two or three ASCII lower-case letters (then it is its own primary subtag). */
function isLowerPrimary(tag: string): boolean {
  if (tag.length < 2 || tag.length > 3) return false;
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}
