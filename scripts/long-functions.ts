/**
 * Lists the functions longer than the style's bound (docs: ../shared/STYLE.md, "Functions
 * stay under ~80 lines and components under ~150"), longest first:
 *
 *   npx tsx scripts/long-functions.ts [--max N] [FOLDER …]
 *
 * FOLDER defaults to the app's code (shared, node, electron, renderer, bench, scripts).
 * A function is a declaration, a method, an arrow function or a function expression; its
 * length is its lines from its first to its last, the nested functions included (a
 * component's handlers count towards it, as a reader meets them). A finding to look at,
 * not a rule: the list is printed, nothing fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One function over the bound: where it is and how long. */
export interface LongFunction {
  /** Path from the repository's root. */
  file: string;
  /** 1-based line of its first line. */
  line: number;
  /** Its name, or what it is assigned to, or "(anonymous)". */
  name: string;
  /** Lines from its first to its last, both included. */
  lines: number;
}

/** The name a reader would call a function by: its own, its variable's, its property's, or its method's. */
function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))) return parent.name.text;
  if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression)) return `(in ${parent.expression.text}())`;
  return '(anonymous)';
}

/** The functions of one source text longer than `max` lines. */
export function longFunctions(file: string, text: string, max: number): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ file, line: first + 1, name: functionName(node as ts.FunctionLikeDeclaration), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every .ts and .tsx file under `folder`, as paths from `root`. */
function sourcesUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !name.includes('node_modules'))
    .map((name) => join(folder, name));
}

function main(): void {
  const root = resolve(__dirname, '..');
  const args = process.argv.slice(2);
  const at = args.indexOf('--max');
  const max = at >= 0 ? Number(args[at + 1]) : 80;
  if (!Number.isInteger(max) || max < 1) throw new Error(`long-functions: --max wants a whole number of lines, got ${args[at + 1]}`);
  const folders = args.filter((_a, i) => at < 0 || (i !== at && i !== at + 1));
  const list = (folders.length > 0 ? folders : ['shared', 'node', 'electron', 'renderer', 'bench', 'scripts'])
    .flatMap((folder) => sourcesUnder(root, folder))
    .flatMap((file) => longFunctions(relative(root, join(root, file)), readFileSync(join(root, file), 'utf8'), max))
    .sort((x, y) => y.lines - x.lines || x.file.localeCompare(y.file) || x.line - y.line);
  for (const f of list) console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
  console.log(`${list.length} functions over ${max} lines`);
}

if (require.main === module) main();
