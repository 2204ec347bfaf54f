/**
 * The report's Findings section, which opens the PDF: the ranked findings
 * (shared/findings/), each with its row number and its kind (no links: the report has none).
 * And the marks of the typed differences in the table: a boxed passage led by a
 * badge naming the type, legible in greyscale.
 */
import type { Finding } from '../findings/types';
import { kindWords } from '../findings/format';
import type { TypedMark } from '../view/typed-marks';
import { html, type Markup } from './html';

/**
 * Every finding, ranked, numbered and counted in the heading: a reporter exporting the
 * PDF expects the whole list (as the Findings tab and Copy findings give it), not the
 * first dozen. Compact, one item each, never split across a page; a long list simply
 * continues on the next page.
 */
export function findingsSection(findings: readonly Finding[]): Markup {
  const where = (f: Finding) => {
    const rows = f.rows;
    if (rows.length === 0) return html`<span class="f-row">—</span>`;
    return html`<span class="f-row">${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')}</span>`;
  };
  return html`
<section class="findings" aria-labelledby="h-findings">
  <h2 id="h-findings">Findings${findings.length === 0 ? '' : ` (${findings.length})`}</h2>
  ${findings.length === 0
    ? html`<p class="none">No findings: no statement only one side made, no typed difference, misquotation or annotated disagreement.</p>`
    : html`<p class="findings-note">Ranked by salience: conditions, numbers, who acted and what they committed to first; courtesies last (see the legend).</p>
  <ol class="findings-list">${findings.map((f) => html`<li>${where(f)} <span class="f-kind">${kindWords(f.kind)}</span> ${f.text}</li>`)}</ol>`}
</section>`;
}

/** The opening of a typed difference's words in the table: its badge. */
export function typedBadge(mark: TypedMark): Markup {
  return html`<span class="t-badge" title="${mark.explanation}">${mark.type}</span>`;
}

export const FINDINGS_CSS = `
.findings h2 { margin-bottom: 0.2rem; }
ol.findings-list { margin: 0; padding-left: 2.2em; font-size: 9pt; }
ol.findings-list li { margin: 0.1rem 0; line-height: 1.3; break-inside: avoid; }
.f-row { font-weight: 700; color: #000; text-decoration: none; }
.f-kind { font-size: 7pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; border: 0.75pt solid #000; padding: 0 0.2em; }
.findings-note { font-size: 8pt; color: #444; margin: 0 0 0.2rem; break-after: avoid; }
.typed { border: 1pt solid #000; border-radius: 2px; padding: 0 0.1em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.t-badge { font-size: 6.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; background: #000; color: #fff; padding: 0 0.2em; margin-right: 0.15em; vertical-align: 0.1em;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.side-by-side .only-a, table.side-by-side .only-b { background: none; text-decoration: underline dotted 0.75pt; text-decoration-color: #777; }
`;
