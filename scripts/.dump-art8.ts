import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../node/commands/dispatch';
const ROOT = join(__dirname, '..');
const ARTICLES = '/work/scratch/articles';
const PAIRS = [join(ROOT, 'tests', 'fixtures', 'pairs'), '/work/shared/samples'];
const pairDir = (p: string) => PAIRS.map((d) => join(d, p)).find((d) => existsSync(join(d, 'meta.json')));
async function main() {
  const exp = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/articles/expected.json'), 'utf8')).articles.filter((x: any) => x.split === 'dev');
  for (const e of exp) {
    const dir = pairDir(e.pair)!;
    const out = await runCli(['compare', join(dir, 'a.txt'), join(dir, 'b.txt'), '--meta', join(dir, 'meta.json'), '--article', join(ARTICLES, e.file), '--json'], { cwd: ROOT, color: false, width: 100 });
    const j = JSON.parse(out.stdout);
    for (const c of j.commentary) console.log(`${e.id}\tC\t${c.speaker}\t${c.role}\t${String(c.quote).slice(0, 60)}`);
    for (const c of j.claims) for (const q of c.quotes) console.log(`${e.id}\tQ\t${q.readout}\t${q.verbatim}\t${String(q.text).slice(0, 60)}`);
  }
}
void main();
