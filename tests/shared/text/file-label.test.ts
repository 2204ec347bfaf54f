import { describe, expect, it } from 'vitest';
import { labelFromFileName } from '../../../shared/text/file-label';

describe('labelFromFileName', () => {
  it('drops the folder and the extension and reads dashes and underscores as spaces', () => {
    expect(labelFromFileName('white-house.txt')).toBe('White House');
    expect(labelFromFileName('/tmp/calls/kremlin_readout.html')).toBe('Kremlin Readout');
    expect(labelFromFileName('C:\\calls\\downing--street .md')).toBe('Downing Street');
  });

  it('keeps a word that has capitals of its own, and small words inside lower case', () => {
    expect(labelFromFileName('PMO-India.pdf')).toBe('PMO India');
    expect(labelFromFileName('office-of-the-prime-minister.docx')).toBe('Office of the Prime Minister');
    expect(labelFromFileName('the-kremlin.txt')).toBe('The Kremlin');
  });

  it('keeps the case of a name with letters of another script, and reads dashes of prose as spaces', () => {
    expect(labelFromFileName('/calls/с пробелами/Белый дом — readout.txt')).toBe('Белый дом readout');
    expect(labelFromFileName('ελληνικό_ανακοινωθέν.txt')).toBe('ελληνικό ανακοινωθέν');
    expect(labelFromFileName('Downing Street – call.txt')).toBe('Downing Street Call');
  });

  it('is the name itself when nothing is left of it', () => {
    expect(labelFromFileName('--.txt')).toBe('--.txt');
  });

  it('keeps a name without an extension whole', () => {
    expect(labelFromFileName('state_department')).toBe('State Department');
  });
});
