/**
 * The report's style sheet: print first. Text is black on white; the word
 * differences are underlined (dashed for the first readout, solid for the
 * second) with a light tint as a second cue, so they survive black-and-white
 * printing; one-sided rows carry a bar and a caption. Rows do not break across
 * pages, the table's header repeats on every page, long words and addresses wrap.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 10pt; }
body {
  margin: 0; color: #000; background: #fff;
  font-family: "Noto Serif", "DejaVu Serif", Georgia, "Times New Roman", serif;
  line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
h1, h2, h3, h4, .kicker, th, .ref, .sid, .marker, .badge, .kind, .caption, .sub, dt, .label, .place, .id {
  font-family: "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
}
h1 { font-size: 19pt; line-height: 1.15; margin: 0 0 0.2rem; }
h2 { font-size: 13pt; margin: 1.4rem 0 0.5rem; padding-bottom: 0.15rem; border-bottom: 1.5px solid #000; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0.9rem 0 0.3rem; break-after: avoid; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8pt; margin: 0; color: #333; }
.event-date { margin: 0; font-size: 11pt; }
.title-block { border-bottom: 3px double #000; padding-bottom: 0.5rem; margin-bottom: 0.6rem; }
/* Long words, file names used as labels and addresses wrap wherever they must: nothing is clipped, nothing widens the page. */
p, li, dd, dt, td, th, blockquote, h1, h2, h3, .caption, .url { overflow-wrap: anywhere; min-width: 0; }

.source-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0.6rem 1rem; }
.source { break-inside: avoid; border: 1px solid #999; padding: 0.4rem 0.6rem; }
.source h3 { margin: 0 0 0.3rem; }
.source .which { display: inline-block; min-width: 1.6em; padding: 0 0.3em; border: 1px solid #000; font-size: 8pt; text-align: center; margin-right: 0.2em; }
.source dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.1rem 0.6rem; margin: 0; font-size: 9pt; }
.source dt { color: #333; font-size: 8pt; padding-top: 0.1em; }
.source dd { margin: 0; white-space: pre-line; }
.url { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8pt; }

table.figures { border-collapse: collapse; width: 100%; font-size: 9.5pt; table-layout: fixed; }
table.figures th { text-align: left; font-weight: 600; width: 38%; padding: 0.15rem 0.5rem 0.15rem 0; vertical-align: top; }
table.figures td { padding: 0.15rem 0; }
table.figures tr { border-bottom: 1px solid #ccc; break-inside: avoid; }

.legend ul { margin: 0; padding-left: 1.2em; font-size: 9pt; }
.legend li { margin: 0.1rem 0; }
.one-sided-sample { border-left: 4px solid #000; padding-left: 0.3em; }
.ann { background: #fff3b0; }
.bracket { font-family: "DejaVu Sans", sans-serif; font-weight: 700; }

table.side-by-side { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
table.side-by-side col.c-num { width: 4.4em; }
table.side-by-side thead { display: table-header-group; }
table.side-by-side thead th { text-align: left; border-bottom: 1.5px solid #000; padding: 0.25rem 0.4rem; font-size: 9pt; }
table.side-by-side tr { break-inside: avoid; page-break-inside: avoid; }
/* A row taller than a page must break, or the printer clips it (report.ts, TALL_ROW_CHARS). */
table.side-by-side tr.tall { break-inside: auto; page-break-inside: auto; }
table.side-by-side td, table.side-by-side th.num { vertical-align: top; padding: 0.3rem 0.4rem; border-bottom: 1px solid #bbb; }
table.side-by-side th.num { font-weight: 600; text-align: right; font-size: 8.5pt; color: #000; overflow-wrap: normal; white-space: nowrap; }
table.side-by-side th.num .corrected { display: block; font-weight: normal; font-size: 6.5pt; border: 0.5pt solid #000; padding: 0 1pt; margin-top: 2pt; text-align: center; white-space: normal; line-height: 1.15; }
table.side-by-side th.num .weak { display: block; font-weight: normal; font-size: 6.5pt; border: 0.5pt dashed #555; padding: 0 1pt; margin-top: 2pt; text-align: center; }
tr.notes td { border-bottom: 1px solid #bbb; padding-top: 0; }
tr.notes { break-before: avoid; page-break-before: avoid; }
tr.weak-links td { border-bottom: 1px solid #bbb; padding-top: 0; }
tr.weak-links { break-before: avoid; page-break-before: avoid; }
p.weak-link { margin: 0.1rem 0; font-size: 8pt; color: #555; }
td.one-sided { border-left: 4px solid #000; }
/* A one-sided row spans both columns: the statement keeps its side's two thirds, the caption stands on the side that lacks it. */
td.one-sided .spread { display: grid; gap: 0.6rem; align-items: start; }
td.one-sided.side-a .spread { grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); }
td.one-sided.side-b .spread { grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); }
td.one-sided.side-b .caption { justify-self: start; }
td.one-sided.side-a .caption { justify-self: end; }
td.one-sided .caption { display: inline-block; max-width: 100%; background: #fff; padding: 0.05em 0.3em; border: 1px solid #000; font-size: 7.5pt; font-weight: 700; }
.sources-line { list-style: none; margin: 0 0 0.4rem; padding: 0; font-size: 9pt; display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; }
.sources-line .which { display: inline-block; min-width: 1.4em; padding: 0 0.25em; border: 1px solid #000; font-size: 7.5pt; text-align: center; }
.summary-body { display: grid; grid-template-columns: 118px minmax(0, 1fr); gap: 0 1rem; align-items: start; }
figure.overview { margin: 0; }
figure.overview svg { display: block; }
figure.overview figcaption { font-size: 6.5pt; color: #333; margin-top: 0.2rem; }
.sid { font-size: 6.5pt; color: #555; vertical-align: 0.35em; }
.only-a { text-decoration: underline dashed 1.3px; text-underline-offset: 2px; background: #fde2c4; }
.only-b { text-decoration: underline solid 1.3px; text-underline-offset: 2px; background: #cfe8fc; }
.marker { font-size: 7.5pt; font-weight: 700; border: 1px solid #000; border-radius: 2px; padding: 0 0.2em; margin-right: 0.2em; background: #fff; }
p.note { margin: 0.1rem 0; font-size: 8.5pt; white-space: pre-wrap; }
.label { font-weight: 600; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.02em; }

.omissions-side { break-inside: auto; }
/* Headings and announcing lines, and statements the analyst only unlinked: listed apart, not counted. */
.omissions-side h4 { font-size: 9pt; margin: 0.5rem 0 0.2rem; break-after: avoid; }
ol.statements.structural, ol.statements.unlinked { color: #333; }
ol.statements { list-style: none; }
.intro { break-after: avoid; }
/* The summary is short: it moves to the next page whole rather than leave its heading behind. */
section.summary { break-inside: avoid; }
ol.statements, ul.refs { margin: 0.2rem 0 0.4rem; padding-left: 1.3em; font-size: 9pt; }
ol.statements li, ul.refs li { margin: 0.15rem 0; break-inside: avoid; }
ol.statements .closest { display: block; font-size: 8pt; color: #444; }
.ref { font-size: 7.5pt; color: #333; font-weight: 600; margin-right: 0.3em; }
.none { font-style: italic; font-size: 9pt; }

article.claim, article.commentary { break-inside: avoid; border-left: 2px solid #000; padding: 0.1rem 0 0.1rem 0.6rem; margin: 0.6rem 0; }
article h3 { margin-top: 0; }
.id { display: inline-block; border: 1px solid #000; padding: 0 0.25em; font-size: 8pt; margin-right: 0.3em; }
.role { font-weight: 400; }
blockquote { margin: 0.2rem 0 0.3rem; padding: 0; font-style: italic; }
ul.verdicts { list-style: none; padding: 0; margin: 0.2rem 0; font-size: 9pt; }
.verdict::before { font-family: "DejaVu Sans", sans-serif; margin-right: 0.35em; }
.verdict.supported::before { content: "✔"; }
.verdict.partial::before { content: "◐"; }
.verdict.not-found::before { content: "✘"; }
.verdict.misquoted::before, .verdict.quoted-other::before { content: "≠"; }
.verdict.quoted-minor::before { content: "≈"; }
.verdict.contradicts::before { content: "⚠"; }
.sub { margin: 0.3rem 0 0; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #333; }
ul.quote-checks { margin: 0.1rem 0 0.3rem; padding-left: 1.3em; font-size: 9pt; }
.badge { font-size: 7pt; text-transform: uppercase; border: 1px solid #000; padding: 0 0.25em; margin-right: 0.3em; font-style: normal; }
del { text-decoration: line-through 1.3px; background: #fde2c4; }
ins { text-decoration: underline solid 1.3px; text-decoration-skip-ink: none; background: #cfe8fc; }

ol.annotation-list { list-style: none; padding: 0; margin: 0; }
li.annotation { break-inside: avoid; border-bottom: 1px solid #bbb; padding: 0.3rem 0; }
li.annotation .head { margin: 0; }
li.annotation .place { font-size: 8pt; color: #333; }
.note-text { margin: 0.1rem 0; white-space: pre-wrap; }
.links { margin: 0.1rem 0; font-size: 8.5pt; color: #333; }
.annotated { margin: 0.1rem 0; font-size: 8.5pt; }

@media screen {
  body { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
}
`;
