import { describe, expect, it } from 'vitest';
import { labelFromFileName } from '../../../shared/text/file-label';

describe('labelFromFileName', () => {
  it('drops the folder and the extension and reads dashes, underscores and dashes of prose as spaces', () => {
    expect(labelFromFileName('white-house.txt')).toBe('white house');
    expect(labelFromFileName('/tmp/calls/kremlin_readout.html')).toBe('kremlin readout');
    expect(labelFromFileName('C:\\calls\\Downing--Street .md')).toBe('Downing Street');
  });

  it('keeps the name’s own case, in every script', () => {
    expect(labelFromFileName('PMO-India.pdf')).toBe('PMO India');
    expect(labelFromFileName('office-of-the-Prime-Minister.docx')).toBe('office of the Prime Minister');
    expect(labelFromFileName('/calls/с пробелами/Белый дом — readout.txt')).toBe('Белый дом readout');
    expect(labelFromFileName('ελληνικό_ανακοινωθέν.txt')).toBe('ελληνικό ανακοινωθέν');
  });

  it('is the name itself when nothing is left of it', () => {
    expect(labelFromFileName('--.txt')).toBe('--.txt');
  });

  it('keeps a name without an extension whole', () => {
    expect(labelFromFileName('state_department')).toBe('state department');
  });
});
