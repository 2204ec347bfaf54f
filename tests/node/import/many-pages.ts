/**
 * A PDF of many pages made in the test (no fixture file): each page has a running
 * head, a page number at the foot and a few paragraphs of body text, laid out
 * as a word processor would (Helvetica, 11 pt, 14 pt leading). Deterministic.
 */

const WORDS = ['trade', 'energy', 'security', 'grain', 'shipping', 'prisoners', 'ceasefire', 'sanctions', 'talks', 'aid', 'borders', 'elections', 'investment'];

/** The body lines of page `n` (1-based): three paragraphs of three lines, worded differently on each page. */
export function pageLines(n: number): string[][] {
  const word = (k: number) => WORDS[(n * 7 + k * 3) % WORDS.length]!;
  return [0, 1, 2].map((p) => [0, 1, 2].map((l) => {
    const k = p * 3 + l;
    return `${word(k)} ${word(k + 1)} and ${word(k + 2)} were discussed, then ${word(k + 4)} (${n}.${k}).`;
  }));
}

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** The content stream of page `n` of `pages`. */
function content(n: number, pages: number): string {
  const at = (x: number, y: number, size: number, text: string) => `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm (${escape(text)}) Tj ET`;
  const out = [at(72, 800, 8, 'Readout of the call - government press office')];
  let y = 740;
  for (const paragraph of pageLines(n)) {
    for (const line of paragraph) { out.push(at(72, y, 11, line)); y -= 14; }
    y -= 14;
  }
  out.push(at(290, 30, 8, `${n} / ${pages}`));
  return out.join('\n');
}

/** The bytes of a PDF of `pages` A4 pages. */
export function manyPagePdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let n = 1; n <= pages; n++) {
    const stream = content(n, pages);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * (n - 1)} 0 R >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => { offsets.push(pdf.length); pdf += `${i + 1} 0 obj\n${body}\nendobj\n`; });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
