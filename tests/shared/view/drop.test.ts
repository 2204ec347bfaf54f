import { describe, expect, it } from 'vitest';
import { clipboardFile, dropPlan, fileProblem } from '../../../shared/view/drop';

const file = (name: string, size = 1000) => ({ name, size });

describe('a drop', () => {
  it('of one file replaces the source it was dropped on', () => {
    expect(dropPlan([file('kremlin.pdf')], 'b')).toEqual({ kind: 'replace', target: 'b', file: 0 });
    expect(dropPlan([file('story.html')], 'article')).toEqual({ kind: 'replace', target: 'article', file: 0 });
  });

  it('of two files on a readout compares them, the first on the left', () => {
    expect(dropPlan([file('wh.docx'), file('kremlin.md')], 'b')).toEqual({ kind: 'compare', a: 0, b: 1 });
  });

  it('of two files on the article is refused', () => {
    expect(dropPlan([file('a.txt'), file('b.txt')], 'article')).toMatchObject({ kind: 'refuse', message: /one article/ });
  });

  it('of three files is refused, saying what a drop does', () => {
    expect(dropPlan([file('a.txt'), file('b.txt'), file('c.txt')], 'a')).toEqual({
      kind: 'refuse', message: 'Drop one file on a readout or the article to replace it, or two readouts to compare them, not 3 files.',
    });
  });

  it('of nothing readable is refused', () => {
    expect(dropPlan([], 'a')).toMatchObject({ kind: 'refuse' });
  });

  it('of a file in another format is refused, naming the file and the formats read', () => {
    expect(dropPlan([file('photo.png')], 'a')).toEqual({
      kind: 'refuse',
      message: 'photo.png: a .png file cannot be read; Readout Compare reads plain text (.txt), Markdown (.md), web pages (.html, .htm), PDFs (.pdf) and Word documents (.docx)',
    });
    expect(dropPlan([file('a.txt'), file('README')], 'a')).toMatchObject({ kind: 'refuse', message: /^README: a file without an extension/ });
  });

  it('of a file over 20 MB, or empty, is refused before it is read', () => {
    expect(fileProblem(file('big.pdf', 25.3 * 1024 * 1024))).toBe('big.pdf: the file is 25 MB; the limit is 20 MB');
    expect(fileProblem(file('empty.txt', 0))).toBe('empty.txt: the file is empty');
    expect(fileProblem(file('READOUT.HTM'))).toBeNull();
  });
});

describe('a paste', () => {
  it('takes the clipboard\'s HTML as a web page, else its text, else nothing', () => {
    expect(clipboardFile('<p>Peace.</p>', 'Peace.')).toEqual({ name: 'clipboard.html', content: '<p>Peace.</p>' });
    expect(clipboardFile('', 'Peace.')).toEqual({ name: 'clipboard.txt', content: 'Peace.' });
    expect(clipboardFile(' ', '\n')).toBeNull();
  });
});
