/**
 * What a PDF report contains and how it is printed: the user's options (page
 * size, which rows (the view's filters), with or without annotations, with or
 * without the article) and the printer settings they give, the same for
 * Electron's `webContents.printToPDF` and for the CLI's browser (both are
 * Chromium's printer; node/report/pdf.ts maps the names).
 */
import type { Filter } from '../view/filter';
import { escapeHtml } from './html';

/** The page sizes a report is printed on. */
export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** The options of a report, as the export dialog and the CLI set them (validated by schema.ts). */
export interface ReportOptions {
  pageSize: PageSize;
  /** Which rows the table shows, by the view's filters (shared/view/filter.ts); row numbers stay those of the full list. */
  rows: Filter;
  /** The analyst's annotations: markers in the rows, their notes beside them, and a section listing them all. */
  annotations: boolean;
  /** The article's claims (with verdicts and quote checks) and commentary. */
  claims: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { pageSize: 'A4', rows: 'all', annotations: true, claims: true };

/** Page margins in inches (the footer lives in the bottom one). */
export const MARGINS_IN = { top: 0.55, bottom: 0.7, left: 0.55, right: 0.55 } as const;

/** What the footer of every page says besides the page number. */
export interface FooterInfo {
  /** "Readout Compare 0.1.0". */
  app: string;
  /** When the report was made, as the footer shows it: "2026-11-27 14:03 UTC". */
  generated: string;
}

/** The printer's settings: one shape, mapped to Electron's and to the DevTools protocol's names by their callers. */
export interface PrintSettings {
  pageSize: PageSize;
  /** Inches. */
  margins: { top: number; bottom: number; left: number; right: number };
  displayHeaderFooter: true;
  /** Chromium's template for the page header (empty: the report has its own title). */
  headerTemplate: string;
  /** Chromium's template for the page footer: generation date, app version, "page n of m". */
  footerTemplate: string;
  /** Tints of the word differences are printed (they are never the only mark). */
  printBackground: true;
  /** Headings become the PDF's outline (bookmarks), and the PDF is tagged for accessibility. */
  outline: true;
  tagged: true;
}

/**
 * The footer template: Chromium fills the elements of class `pageNumber` and
 * `totalPages`. Templates are rendered with a default font size of 0, so sizes are
 * set here; the values are escaped (the template is HTML).
 */
export function footerTemplate(info: FooterInfo): string {
  const style = 'font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 7.5pt; color: #444; width: 100%; margin: 0 0.55in; display: flex; justify-content: space-between;';
  return `<div style='${style}'><span>Generated ${escapeHtml(info.generated)} by ${escapeHtml(info.app)}</span>`
    + `<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/** The printer settings for a report. */
export function printSettings(options: Pick<ReportOptions, 'pageSize'>, footer: FooterInfo): PrintSettings {
  return {
    pageSize: options.pageSize,
    margins: { ...MARGINS_IN },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(footer),
    printBackground: true,
    outline: true,
    tagged: true,
  };
}

/** "2026-11-27 14:03 UTC": a generation time as the report shows it (UTC, so the same everywhere). */
export function generatedStamp(when: Date): string {
  return `${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Regions whose paper is US Letter (the Americas that use it, and the Philippines); everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PR', 'CL', 'CO', 'VE', 'CR', 'DO', 'SV', 'GT', 'NI', 'PA', 'BZ', 'PH']);

/**
 * The page size people in `locale` print on: Letter for a region that uses it, A4
 * otherwise. Takes a BCP 47 tag ("en-US") or a POSIX locale ("en_US.UTF-8").
 */
export function defaultPageSize(locale: string | undefined): PageSize {
  const region = /^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2}|\d{3})\b/.exec(locale ?? '')?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
