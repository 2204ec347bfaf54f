/**
 * The document model shared by the analysis core, the CLI, Electron's main process
 * and the renderer. Pure data: no functions, no classes, serialisable as JSON.
 */

/** Which readout a value belongs to: "a" is the first file, "b" the second. */
export type Side = 'a' | 'b';

/** The other side. */
export function otherSide(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}

/** A sentence id: `a1`, `a2`, … for readout A and `b1`, … for readout B, numbered from 1 in text order. */
export type SentenceId = string & { readonly __brand: 'SentenceId' };

/** Builds the id of the `index`-th (0-based) sentence of a side. */
export function sentenceId(side: Side, index: number): SentenceId {
  return `${side}${index + 1}` as SentenceId;
}

/** A sentence of a readout. */
export interface Sentence {
  /** `a1`, `b3`, … */
  id: SentenceId;
  /** UTF-16 code unit offset into the readout text where the trimmed sentence starts. */
  start: number;
  /** UTF-16 code unit offset into the readout text where the trimmed sentence ends (exclusive). */
  end: number;
  /** Exactly `text.slice(start, end)` of the readout. */
  text: string;
  /** 0-based index of the paragraph (blank-line separated block) the sentence lies in. */
  paragraph: number;
}

/** A part of a copy known to be missing: `lead` (its opening), `ending`, `middle`, or `unknown` (where is not known). */
export type MissingPartName = 'lead' | 'ending' | 'middle' | 'unknown';

/** A part of a copy known to be missing, and what the meta.json says about it. */
export interface MissingPart {
  part: MissingPartName;
  /** What is missing, in the words of whoever compiled the pair ("the one-line lead naming the call"). */
  note?: string | null;
}

/** What is known about a readout beyond its text (from meta.json, or defaults). */
export interface SourceMeta {
  /** Short name for the UI, e.g. "Kremlin"; the file name when nothing better is known. */
  label: string;
  /** False when the copy is known to lack parts of the original (see `note`). */
  complete: boolean;
  /** BCP 47 language tag of the text, e.g. "en" or "ru". */
  language: string;
  publisher: string | null;
  title: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD, when known. */
  date: string | null;
  /** User-facing remark, e.g. what an incomplete copy lacks. */
  note: string | null;
  /**
   * Which parts an incomplete copy lacks (a meta.json's `missing`: shared/compare/missing.ts);
   * absent or empty: not said (every omission by this side is hedged).
   */
  missing?: MissingPart[];
  /** Where this copy came from (for the About box and reports, not headlines). */
  provenance: string | null;
}

/** A readout as loaded: its text and what is known about it. */
export interface SourceDoc {
  /** The file name or path as given by the user (for messages and the JSON output). */
  file: string;
  /**
   * The text as read: for .txt and .md the file decoded (UTF-8, or the encoding found), a BOM
   * removed, nothing else changed (CRLF stays); for web pages, PDFs and Word files the text
   * extracted from them (node/import/). Offsets refer to this text.
   */
  text: string;
  meta: SourceMeta;
}
