import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/ARCHITECTURE.md's "From behaviour to file" index: every file it names exists, and
// every function, constant or name it quotes beside the files is in one of them, so that
// a newcomer following a row lands where the behaviour is.

const ROOT = resolve(__dirname, '..', '..');
const DOC = 'docs/ARCHITECTURE.md';
const HEADING = '## From behaviour to file';

/** The index's table rows, each as its raw markdown line (the heading, separator and header excluded). */
function indexRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(HEADING);
  if (start < 0) throw new Error(`${DOC}: no "${HEADING}" section`);
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('|')) rows.push(line);
    else if (rows.length > 0) break;
  }
  return rows.slice(2);
}

/** The text between backticks in a line, in order. */
function quoted(line: string): string[] {
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

const FILE = /\.(tsx?|mjs|json|css|html|md|yml|bin)$/;
const TOP = new Set(['shared', 'renderer', 'node', 'electron', 'bench', 'scripts', 'tests', 'assets', 'docs', 'build', 'types']);

/** A quoted token that names a file or folder: a path from the root, or a name relative to one. */
function isPath(token: string): boolean {
  return !/\s/.test(token) && (FILE.test(token) || (token.includes('/') && TOP.has(token.split('/')[0] ?? '')));
}

function fromRoot(token: string): boolean {
  return TOP.has(token.split('/')[0] ?? '');
}

/** Every path a row names (docs/*.md outside backticks too), relative names resolved against the row's folders. */
function rowPaths(row: string): { token: string; found: string | null }[] {
  const tokens = [...new Set([...quoted(row).filter(isPath), ...(row.match(/docs\/[\w-]+\.md/g) ?? [])])];
  const full = tokens.filter(fromRoot);
  const folders = [...new Set(full.map((t) => (t.endsWith('/') ? t : dirname(t))))];
  return tokens.map((token) => {
    const candidates = fromRoot(token) ? [token] : folders.flatMap((f) => [join(f, token), join(dirname(f), token)]);
    return { token, found: candidates.find((c) => existsSync(join(ROOT, c))) ?? null };
  });
}

/** The text of a file, or of every source file under a folder. */
function textOf(path: string): string {
  const abs = join(ROOT, path);
  if (!statSync(abs).isDirectory()) return readFileSync(abs, 'utf8');
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(tsx?|json|css)$/.test(name))
    .map((name) => readFileSync(join(abs, name), 'utf8'))
    .join('\n');
}

/** Names quoted in a row that are not paths nor commands: identifiers, action names, CSS classes. */
function rowNames(row: string): string[] {
  return quoted(row)
    .filter((t) => !isPath(t) && /^\.?[A-Za-z_$][\w$-]*$/.test(t))
    .map((t) => t.replace(/^\./, ''));
}

const rows = indexRows(readFileSync(join(ROOT, DOC), 'utf8'));

describe('the behaviour → file index of docs/ARCHITECTURE.md', () => {
  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(40);
  });

  it('names only files and folders that exist', () => {
    const missing = rows.flatMap((row) => rowPaths(row).filter((p) => p.found === null).map((p) => `${p.token} (row: ${row.slice(2, 60)}…)`));
    expect(missing).toEqual([]);
  });

  it('quotes only names that are in the files of their row', () => {
    const absent = rows.flatMap((row) => {
      const text = rowPaths(row).flatMap((p) => (p.found ? [textOf(p.found)] : [])).join('\n');
      return rowNames(row).filter((name) => !text.includes(name)).map((name) => `${name} (row: ${row.slice(2, 60)}…)`);
    });
    expect(absent).toEqual([]);
  });

  it('is a table that ends before the text after it', () => {
    const lines = readFileSync(join(ROOT, DOC), 'utf8').split('\n');
    const last = lines.lastIndexOf(rows.at(-1) ?? '');
    expect(lines[last + 1]).toBe('');
  });
});

describe('rowPaths', () => {
  it('resolves a bare file name against the folder of a full path in the same row', () => {
    expect(rowPaths('| x | `renderer/components/FindingsPanel.tsx`, `FindingItem.tsx` |').map((p) => p.found)).toEqual([
      'renderer/components/FindingsPanel.tsx',
      'renderer/components/FindingItem.tsx',
    ]);
  });

  it('finds no file for a name that is nowhere', () => {
    expect(rowPaths('| x | `renderer/components/FindingsPanel.tsx`, `NoSuchPanel.tsx` |')[1]?.found).toBeNull();
  });
});
