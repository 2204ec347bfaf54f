/**
 * Development tool: writes the importers' fixtures in tests/fixtures/import/
 * from real readout texts (the 2025-03-18 sample's White House and Kremlin
 * readouts, and the Russian text in tests/fixtures/import/source/): saved web
 * pages, PDFs printed by Chromium with its header and footer, .docx files, the
 * Russian text in legacy encodings, and the bad-input corpus. What each file is:
 * tests/fixtures/import/README.md.
 *
 *   npx tsx scripts/make-import-fixtures.ts
 *
 * Needs Debian's chromium (CHROMIUM_PATH elsewhere) and qpdf (for the encrypted
 * PDF): apt-get install -y chromium qpdf. Everything but the PDFs' print date
 * comes out the same on every run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { WINDOWS_1252_C1 } from '../node/import/text';
import { loadMetaFile } from '../node/meta';

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'assets', 'samples', '2025-03-18-trump-putin');
const OUT = join(ROOT, 'tests', 'fixtures', 'import');
const BAD = join(OUT, 'bad');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A readout to dress up as its publisher's page. */
interface Readout {
  name: string;
  paragraphs: string[];
  title: string;
  publisher: string;
  date: string;
  /** An address shaped like the publisher's (illustrative: see the README). */
  url: string;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphsOf = (text: string): string[] => text.trim().split(/\n\s*\n/).map((p) => p.trim());

// ---------------------------------------------------------------- web pages

/** A page shaped like whitehouse.gov's: WordPress, Yoast JSON-LD, cookie banner, menus, related links, footer, scripts. */
function whiteHousePage(r: Readout): string {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': r.url, url: r.url, name: `${r.title} – The White House`, datePublished: `${r.date}T19:03:49+00:00`, inLanguage: 'en-US' },
      { '@type': 'Organization', '@id': 'https://www.whitehouse.gov/#organization', name: r.publisher, url: 'https://www.whitehouse.gov/' },
    ],
  };
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(r.title)} – The White House</title>
<link rel="canonical" href="${r.url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(r.title)}">
<meta property="og:url" content="${r.url}">
<meta property="og:site_name" content="${escapeHtml(r.publisher)}">
<meta property="article:published_time" content="${r.date}T19:03:49+00:00">
<meta property="og:image" content="https://www.whitehouse.gov/wp-content/uploads/2025/01/wh-social-share.png">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<link rel="stylesheet" href="https://www.whitehouse.gov/wp-content/themes/whitehouse/assets/css/main.css">
<script src="https://www.whitehouse.gov/wp-includes/js/jquery/jquery.min.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-XXXXXXX');
document.write('<p>This paragraph is written by a script and must never appear in the readout.</p>');</script>
<style>.cookie-banner{position:fixed;bottom:0}.skip-link{position:absolute;left:-999px}</style>
</head>
<body class="post-template-default single single-post">
<a class="skip-link" href="#main">Skip to content</a>
<div class="cookie-banner" id="cookie-consent" role="region" aria-label="Cookie notice">
  <p>This site uses cookies to understand how you use it and to improve your experience. By continuing to use this site, you accept our use of cookies. Read our <a href="https://www.whitehouse.gov/privacy/">Privacy Policy</a>.</p>
  <button type="button">Accept</button>
</div>
<header class="site-header">
  <a class="site-logo" href="https://www.whitehouse.gov/">The White House</a>
  <nav class="primary-nav" aria-label="Primary">
    <ul>
      <li><a href="https://www.whitehouse.gov/administration/">Administration</a></li>
      <li><a href="https://www.whitehouse.gov/news/">News</a></li>
      <li><a href="https://www.whitehouse.gov/issues/">Issues</a></li>
      <li><a href="https://www.whitehouse.gov/contact/">Contact</a></li>
      <li><a href="https://www.whitehouse.gov/visit/">Visit</a></li>
    </ul>
  </nav>
  <form class="search-form" role="search" action="https://www.whitehouse.gov/"><label>Search <input type="search" name="s"></label><button>Search</button></form>
</header>
<main id="main" class="site-main">
  <article class="post type-post status-publish">
    <header class="entry-header">
      <div class="breadcrumbs"><a href="https://www.whitehouse.gov/news/">News</a> / <a href="https://www.whitehouse.gov/briefings-statements/">Briefings &amp; Statements</a></div>
      <h1 class="entry-title">${escapeHtml(r.title)}</h1>
      <div class="entry-meta"><time class="published" datetime="${r.date}">March 18, 2025</time></div>
    </header>
    <div class="entry-content">
${r.paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n')}
    </div>
    <footer class="entry-footer">
      <div class="share-links"><span>Share:</span> <a href="https://x.com/intent/tweet?url=${encodeURIComponent(r.url)}">X</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(r.url)}">Facebook</a> <a href="mailto:?subject=${encodeURIComponent(r.title)}">Email</a></div>
    </footer>
  </article>
  <aside class="related-posts" aria-label="Related">
    <h2>Related</h2>
    <ul>
      <li><a href="https://www.whitehouse.gov/briefings-statements/">Statements and Releases</a></li>
      <li><a href="https://www.whitehouse.gov/remarks/">Remarks</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <div class="newsletter"><h2>Stay informed</h2><form><label>Email address <input type="email" name="email"></label><button>Subscribe</button></form></div>
  <p>The White House<br>1600 Pennsylvania Ave NW<br>Washington, DC 20500</p>
  <ul><li><a href="https://www.whitehouse.gov/privacy/">Privacy Policy</a></li><li><a href="https://www.whitehouse.gov/copyright/">Copyright Policy</a></li></ul>
</footer>
<script>(function () { var s = document.createElement('script'); s.src = 'https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX'; document.head.appendChild(s); })();</script>
<script src="https://www.whitehouse.gov/wp-content/themes/whitehouse/assets/js/main.js" defer></script>
</body>
</html>
`;
}

/** A page shaped like en.kremlin.ru's: its own markup, OpenGraph tags, menus, a print/share toolbar, a footer. */
function kremlinPage(r: Readout): string {
  return `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>${escapeHtml(r.title)} • ${escapeHtml(r.publisher)}</title>
<meta name="description" content="${escapeHtml(r.paragraphs[0]!.slice(0, 150))}">
<link rel="canonical" href="${r.url}">
<meta property="og:title" content="${escapeHtml(r.title)}">
<meta property="og:url" content="${r.url}">
<meta property="og:site_name" content="${escapeHtml(r.publisher)}">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="${r.date}T20:30:00+03:00">
<script src="/static/js/app.js"></script>
<script>var pageType = "news"; window.KremlinAnalytics = { init: function () {} }; KremlinAnalytics.init();</script>
</head>
<body class="is-page">
<div class="cookie-warning" id="cookie_warning"><p>This website uses cookies. By continuing to browse, you consent to their use in accordance with the terms of the Privacy Policy.</p><a class="cookie-warning__close" href="#">OK</a></div>
<header class="header">
  <a class="header__logo" href="/">President of Russia</a>
  <nav class="nav" role="navigation">
    <ul class="nav__list">
      <li><a href="/events/president/news">News</a></li>
      <li><a href="/events/president/transcripts">Transcripts</a></li>
      <li><a href="/events/president/trips">Trips</a></li>
      <li><a href="/acts/news">Documents</a></li>
      <li><a href="/structure/president">Structure</a></li>
    </ul>
  </nav>
</header>
<div class="main-wrapper">
  <div class="read" role="main">
    <div class="read__top">
      <div class="read__meta"><time class="read__published" datetime="${r.date}">March 18, 2025</time> <div class="read__time">20:30</div></div>
      <h1 class="entry-title p-name">${escapeHtml(r.title)}</h1>
      <div class="read__tools"><a class="read__print" href="${r.url}/print">Printable version</a> <a href="${r.url}/videos">Video</a></div>
    </div>
    <div class="read__in">
      <div class="entry-content e-content read__internal_content">
${r.paragraphs.map((p) => `        <p>${escapeHtml(p)}</p>`).join('\n')}
      </div>
    </div>
    <div class="read__bottom">
      <div class="read__tags"><a href="/catalog/countries/US/events">United States of America</a> <a href="/catalog/keywords/82/events">Foreign policy</a></div>
      <div class="read__share"><a href="https://vk.com/share.php?url=${encodeURIComponent(r.url)}">VKontakte</a> <a href="https://t.me/share/url?url=${encodeURIComponent(r.url)}">Telegram</a></div>
      <p class="read__about">Publication date: March 18, 2025, 20:30. Text version.</p>
    </div>
  </div>
</div>
<footer class="footer">
  <ul class="footer__list"><li><a href="/about">About website</a></li><li><a href="/contacts">Contacts</a></li><li><a href="/about/copyrights">Copyright</a></li></ul>
  <p class="footer__copyright">All content on this site is licensed under Creative Commons Attribution 4.0 International.</p>
</footer>
<script>document.addEventListener('DOMContentLoaded', function () { document.getElementById('cookie_warning').style.display = 'block'; });</script>
</body>
</html>
`;
}

/** The White House's news listing: menus, a cookie banner, a list of links, a footer, and no readout. */
function listingPage(): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Briefings &amp; Statements – The White House</title>
<meta property="og:site_name" content="The White House"><script src="https://www.whitehouse.gov/wp-includes/js/jquery/jquery.min.js"></script></head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookie notice"><p>This site uses cookies to understand how you use it and to improve your experience. By continuing to use this site, you accept our use of cookies.</p><button>Accept</button></div>
<header class="site-header"><nav aria-label="Primary"><ul><li><a href="/administration/">Administration</a></li><li><a href="/news/">News</a></li><li><a href="/issues/">Issues</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main id="main">
  <h1>Briefings &amp; Statements</h1>
  <ul class="post-list">
    <li><a href="/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin/">Readout of President Donald J. Trump’s Call with President Vladimir Putin</a> <time>March 18, 2025</time></li>
    <li><a href="/briefings-statements/2025/03/statement-from-the-press-secretary/">Statement from the Press Secretary</a> <time>March 17, 2025</time></li>
    <li><a href="/briefings-statements/2025/03/readout-of-the-vice-presidents-call/">Readout of the Vice President’s Call</a> <time>March 16, 2025</time></li>
  </ul>
  <nav class="pagination"><a href="?page=2">Next page</a></nav>
</main>
<footer class="site-footer"><p>The White House<br>1600 Pennsylvania Ave NW<br>Washington, DC 20500</p><ul><li><a href="/privacy/">Privacy Policy</a></li></ul></footer>
<script>window.dataLayer = [];</script>
</body>
</html>
`;
}

/** A page whose text a script would load: nothing to extract when scripts never run. */
function scriptOnlyPage(r: Readout): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title><meta property="og:title" content="${escapeHtml(r.title)}"></head>
<body>
<div id="app"></div>
<noscript><p>You need to enable JavaScript to read this page.</p></noscript>
<script>window.__INITIAL_STATE__ = ${JSON.stringify({ paragraphs: r.paragraphs })};
document.getElementById('app').innerHTML = window.__INITIAL_STATE__.paragraphs.map(function (p) { return '<p>' + p + '</p>'; }).join('');</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------- PDFs

/** The page a reader prints: the readout's body in the site's print style (menus, banners and the title block hidden by its print CSS). */
function printPage(r: Readout, fontPx: number): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title>
<style>
  body { font-family: "DejaVu Serif", serif; font-size: ${fontPx}px; line-height: 1.55; margin: 0; }
  p { margin: 0 0 0.9em; }
  @media print { .site-header, .cookie-banner, .entry-header, .site-footer { display: none; } }
</style></head>
<body>
<div class="cookie-banner">This site uses cookies.</div>
<header class="site-header"><nav><a href="/news/">News</a> <a href="/issues/">Issues</a></nav></header>
<main><article><header class="entry-header"><h1>${escapeHtml(r.title)}</h1></header>
${r.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main>
<footer class="site-footer">The White House, 1600 Pennsylvania Ave NW</footer>
</body></html>`;
}

/**
 * The readout set as a typesetter would, in lines of at most `width`
 * characters: a long word that does not fit is hyphenated at a syllable
 * ("gra-" / "titude"), a compound may break after its own hyphen ("long-" /
 * "term"). Browsers do not hyphenate without dictionaries, so the breaks are
 * written into the page; this is the shape of a PDF made by a word processor.
 */
function typesetPage(r: Readout, width: number): string {
  const lines = (paragraph: string): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      const room = width - line.length - (line ? 1 : 0);
      if (word.length <= room) {
        line = line ? `${line} ${word}` : word;
        continue;
      }
      const cut = breakPoint(word, room - 1);
      if (cut > 0) {
        const hyphenAt = word[cut - 1] === '-';
        out.push(`${line ? `${line} ` : ''}${word.slice(0, cut)}${hyphenAt ? '' : '-'}`);
        line = word.slice(cut);
      } else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
    return out;
  };
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title>
<style>body { font-family: "DejaVu Serif", serif; font-size: 15px; line-height: 1.5; margin: 0; } p { margin: 0 0 0.8em; white-space: nowrap; }</style></head>
<body>${r.paragraphs.map((p) => `<p>${lines(p).map(escapeHtml).join('<br>')}</p>`).join('\n')}</body></html>`;
}

/** Where a word that does not fit may break, in its first `room` characters: after its own hyphen, or between syllables (vowel, consonant, vowel) leaving three letters on each side; 0 for nowhere. */
function breakPoint(word: string, room: number): number {
  let best = 0;
  for (let i = 3; i <= Math.min(room, word.length - 3); i++) {
    if (word[i - 1] === '-' && i <= room + 1) best = i;
    else if (/^[A-Za-z]+$/.test(word.slice(0, i)) && /[aeiouy]/i.test(word[i - 1]!) && /[^aeiouy\W\d]/i.test(word[i]!) && /[aeiouy]/i.test(word[i + 1] ?? '') && /^[a-z]{3,}/.test(word.slice(i))) best = i;
  }
  return best;
}

/** Prints `html` as `url` (the request is answered locally; nothing goes out) with Chromium's own header and footer. */
async function printPdf(browser: Browser, url: string, html: string, format: 'Letter' | 'A5' = 'Letter'): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.route('**/*', (route) => (route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' })));
    await page.goto(url);
    return await page.pdf({ format, displayHeaderFooter: true, printBackground: false, margin: { top: '0.5in', bottom: '0.5in', left: '0.6in', right: '0.6in' } });
  } finally {
    await page.close();
  }
}

/** A page that shows a readout's first paragraph only as a picture (drawn on a canvas by the page, turned into a PNG). */
async function imageOnlyPdf(browser: Browser, r: Readout): Promise<Buffer> {
  const draw = `
    const text = ${JSON.stringify(r.paragraphs[0])};
    const canvas = document.createElement('canvas');
    canvas.width = 1200; canvas.height = 500;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#000'; ctx.font = '28px serif';
    let line = '', y = 50;
    for (const word of text.split(' ')) {
      if (ctx.measureText(line + ' ' + word).width > 1120) { ctx.fillText(line, 40, y); line = word; y += 40; }
      else line = line ? line + ' ' + word : word;
    }
    ctx.fillText(line, 40, y);
    document.getElementById('scan').src = canvas.toDataURL('image/png');`;
  const page = await browser.newPage();
  try {
    await page.setContent(`<!DOCTYPE html><html><head><title>Scanned readout</title></head><body><img id="scan" alt="" style="width:100%"><script>${draw}</script></body></html>`);
    await page.waitForFunction('document.getElementById("scan").complete && document.getElementById("scan").naturalWidth > 0');
    return await page.pdf({ format: 'Letter', displayHeaderFooter: true, margin: { top: '0.5in', bottom: '0.5in', left: '0.6in', right: '0.6in' } });
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- .docx

/** A zip entry to write: its content, or its content already deflated with its CRC-32 and size. */
interface ZipEntry {
  name: string;
  data?: Buffer;
  deflated?: { bytes: Buffer; crc: number; size: number };
  /** Write this uncompressed size in the headers instead of the real one (for the lying zip bomb). */
  declaredSize?: number;
}

/** A zip file (no ZIP64, no data descriptors), as Word and LibreOffice write them. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const deflated = e.deflated ?? { bytes: deflateRawSync(e.data!, { level: 9 }), crc: crc32(e.data!), size: e.data!.length };
    const body = deflated.bytes;
    const size = e.declaredSize ?? deflated.size;
    const crc = deflated.crc;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, fixed so the file does not change
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The parts of a minimal WordprocessingML document with `body` as the body's XML. */
function docxEntries(body: string, title: string, documentXml?: string): ZipEntry[] {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const text = (s: string) => Buffer.from(s, 'utf8');
  return [
    { name: '[Content_Types].xml', data: text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`) },
    { name: '_rels/.rels', data: text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`) },
    { name: 'docProps/core.xml', data: text(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(title)}</dc:title><dc:creator>Press Office</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-18T19:00:00Z</dcterms:created></cp:coreProperties>`) },
    { name: 'word/document.xml', data: text(documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>`) },
  ];
}

/** A readout as Word writes one: a heading-styled title would not be the readout, so only the body paragraphs, some split into runs. */
function docx(r: Readout): Buffer {
  const body = r.paragraphs.map((p) => {
    // Word splits a paragraph into runs wherever formatting or editing history changes; split at the first comma.
    const cut = p.indexOf(', ');
    const runs = cut > 0 ? [p.slice(0, cut + 2), p.slice(cut + 2)] : [p];
    return `<w:p><w:pPr><w:spacing w:after="160"/></w:pPr>${runs.map((t) => `<w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>`).join('')}</w:p>`;
  }).join('');
  return zip(docxEntries(body, r.title));
}

// ---------------------------------------------------------------- encodings

/**
 * `text` in a single-byte encoding (TextEncoder only writes UTF-8): each
 * character's byte found by decoding all 256 (for Windows-1252 from its table:
 * Node 20 decodes that one as ISO-8859-1).
 */
function encodeSingleByte(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = encoding === 'windows-1252' && b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80]! : decoder.decode(new Uint8Array([b]));
    table.set(ch, b);
  }
  return Buffer.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${JSON.stringify(ch)} has no byte in ${encoding}`);
    return b;
  }));
}

/** UTF-16 with a BOM, in either byte order. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const meta = await loadMetaFile(join(SAMPLE, 'meta.json'));
  if (!meta.ok) throw new Error(meta.error.message);
  const entry = (file: string) => meta.metaFile.readouts.find((r) => r.file === file)!;
  const readout = (file: string, url: string): Readout => ({
    name: file.replace(/\.txt$/, ''),
    paragraphs: paragraphsOf(readFileSync(join(SAMPLE, file), 'utf8')),
    title: entry(file).title!, publisher: entry(file).publisher!, date: meta.metaFile.date!, url,
  });
  const wh = readout('whitehouse.txt', 'https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin/');
  const kr = readout('kremlin.txt', 'http://en.kremlin.ru/events/president/news/76477');
  const russian = readFileSync(join(OUT, 'source', 'kremlin-ru.txt'), 'utf8');

  rmSync(BAD, { recursive: true, force: true });
  mkdirSync(BAD, { recursive: true });
  const write = (path: string, data: string | Buffer): void => writeFileSync(join(OUT, path), data);

  write('whitehouse.html', whiteHousePage(wh));
  write('kremlin.html', kremlinPage(kr));
  write('whitehouse.docx', docx(wh));
  write('kremlin.docx', docx(kr));

  // KOI8-R has no "…": the fixture spells it "...", as texts in that encoding do.
  write('kremlin-ru.windows-1251.txt', encodeSingleByte(russian, 'windows-1251'));
  write('kremlin-ru.koi8-r.txt', encodeSingleByte(russian.replaceAll('…', '...'), 'koi8-r'));
  write('kremlin-ru.utf-16le.txt', utf16(russian, 'le'));
  write('kremlin-ru.utf-16be.txt', utf16(russian, 'be'));

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
  try {
    write('whitehouse.pdf', await printPdf(browser, wh.url, printPage(wh, 16), 'A5'));
    write('kremlin.pdf', await printPdf(browser, kr.url, printPage(kr, 20)));
    write('kremlin-typeset.pdf', await printPdf(browser, kr.url, typesetPage(kr, 44), 'A5'));
    write('bad/image-only.pdf', await imageOnlyPdf(browser, wh));
  } finally {
    await browser.close();
  }

  // Bad input.
  const pdf = readFileSync(join(OUT, 'whitehouse.pdf'));
  write('bad/corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), seededBytes(4096, 7)]));
  write('bad/truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
  const tmp = join(tmpdir(), `import-fixtures-${process.pid}.pdf`);
  writeFileSync(tmp, pdf);
  execFileSync('qpdf', ['--encrypt', 'readout-user', 'readout-owner', '256', '--', tmp, join(BAD, 'encrypted.pdf')]);
  rmSync(tmp);
  write('bad/not-a-zip.docx', readFileSync(join(SAMPLE, 'whitehouse.txt')));
  write('bad/no-main-text.html', listingPage());
  write('bad/script-only.html', scriptOnlyPage(wh));
  write('bad/empty.docx', zip(docxEntries('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>', wh.title)));
  write('bad/deep-nesting.html', deepPage(kr));
  write('bad/slow.docx', zip(docxEntries(letterRuns(wh, 12 * 1024 * 1024), wh.title)));
  write('bad/zip-bomb.docx', await zipBomb(wh, false));
  write('bad/zip-bomb-lying.docx', await zipBomb(wh, true));
  write('bad/windows-1252.txt', encodeSingleByte(readFileSync(join(SAMPLE, 'whitehouse.txt'), 'utf8').replace(/'/g, '’').replace(/^Today/, '“Today”'), 'windows-1252'));
  console.log(`wrote the fixtures in ${OUT}`);
}

/** A page whose readout paragraph sits inside 100,000 nested divs: parsers and Readability slow down far faster than the page grows. */
function deepPage(r: Readout): string {
  const depth = 100_000;
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title></head>\n<body>${'<div>'.repeat(depth)}<p>${escapeHtml(r.paragraphs[0]!)}</p>${'</div>'.repeat(depth)}</body></html>\n`;
}

/** Body XML of at least `bytes` bytes: the readout over and over, one run per letter, as a document edited letter by letter would store it. */
function letterRuns(r: Readout, bytes: number): string {
  const paragraph = (text: string) => `<w:p>${[...text].map((ch) => `<w:r><w:t xml:space="preserve">${xmlEscape(ch)}</w:t></w:r>`).join('')}</w:p>`;
  const once = r.paragraphs.map(paragraph).join('');
  return once.repeat(Math.ceil(bytes / once.length));
}

/**
 * A .docx whose document.xml inflates to 256 MiB of spaces inside a paragraph
 * (about 250 kB on disk). `lying`: the headers declare 1 MiB, so only inflating
 * with a ceiling catches it.
 */
async function zipBomb(r: Readout, lying: boolean): Promise<Buffer> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">');
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const spaces = Buffer.alloc(64 * 1024 * 1024, 0x20);
  const parts = [head, ...Array.from({ length: 4 }, () => spaces), tail];
  // Streamed, so that the whole is never held at once.
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((ok, fail) => { deflater.on('end', ok); deflater.on('error', fail); });
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    size += part.length;
    if (!deflater.write(part)) await new Promise((ok) => deflater.once('drain', ok));
  }
  deflater.end();
  await done;
  const entries = docxEntries('', r.title).filter((e) => e.name !== 'word/document.xml');
  entries.push({ name: 'word/document.xml', deflated: { bytes: Buffer.concat(out), crc, size }, declaredSize: lying ? 1024 * 1024 : size });
  return zip(entries);
}

/** `n` bytes from a fixed seed (a linear congruential generator): the same "random" bytes on every run. */
function seededBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
