/** Lints a snippet as if it were a file of the project, for tests of the layer rules (eslint.config.mjs). */
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** The rule ids (or messages) ESLint reports for `code` placed at `filePath` (relative to the project). */
export async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}
