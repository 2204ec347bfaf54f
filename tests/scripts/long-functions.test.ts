import { describe, expect, it } from 'vitest';
import { longFunctions } from '../../scripts/long-functions';

/** A function of `n` lines (its first and last included) named `name`. */
const fn = (name: string, n: number) => `function ${name}() {\n${'  x();\n'.repeat(n - 2)}}\n`;

describe('longFunctions', () => {
  it('lists a function over the bound with its line and length, and none at the bound', () => {
    const text = `${fn('atBound', 5)}${fn('over', 6)}`;
    expect(longFunctions('a.ts', text, 5)).toEqual([{ file: 'a.ts', line: 6, name: 'over', lines: 6 }]);
  });

  it('names arrow functions by their variable, methods by their name, and counts nested functions in the outer one too', () => {
    const text = `const arrow = () => {\n  a();\n  b();\n};\nconst o = {\n  method() {\n    a();\n    b();\n  },\n};\nfunction outer() {\n${fn('inner', 4)}}\n`;
    expect(longFunctions('b.ts', text, 3).map((f) => [f.name, f.lines])).toEqual([['arrow', 4], ['method', 4], ['outer', 6], ['inner', 4]]);
  });

  it('reads components in .tsx', () => {
    const text = 'export function Panel() {\n  return (\n    <div>\n      <p>x</p>\n    </div>\n  );\n}\n';
    expect(longFunctions('c.tsx', text, 6)).toEqual([{ file: 'c.tsx', line: 1, name: 'Panel', lines: 7 }]);
  });
});
