import { describe, expect, it } from 'vitest';
import { extensionOf, isImportable } from '../../../shared/file/formats';

describe('the formats the importers read', () => {
  it('are known by the file name\'s extension, in any case', () => {
    for (const name of ['a.txt', 'a.md', 'a.markdown', 'A.HTML', 'a.htm', 'a.pdf', 'a.docx']) expect(isImportable(name)).toBe(true);
    for (const name of ['a.png', 'a.doc', 'a.json', 'a.readouts', 'README', '.txt']) expect(isImportable(name)).toBe(false);
  });

  it('take the extension of the name, not of a folder', () => {
    expect(extensionOf('/r.d/readout')).toBe('');
    expect(extensionOf('C:\\r\\Readout.PDF')).toBe('pdf');
  });
});
