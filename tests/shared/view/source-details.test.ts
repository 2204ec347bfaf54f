import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '../../../shared/model/types';
import { applyDetails, detailsForm, languageName, originWording, plainMeta } from '../../../shared/view/source-details';

const META: SourceMeta = {
  label: 'Kremlin', complete: false, language: 'en', publisher: 'President of Russia', title: 'Telephone conversation', url: null,
  date: '2025-03-18', note: 'Incomplete.', provenance: 'kremlin.ru',
};

describe('a source\'s language', () => {
  it('is named in English', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('ru')).toBe('Russian');
  });

  it('is its tag when it is not a language tag at all', () => {
    expect(languageName('not a tag!')).toBe('not a tag!');
  });

  it('names the bare tags the app tells apart without Intl, and gives every other tag to Intl', () => {
    // The bare tags the app tells apart are named without Intl (its first use loads ICU's names); the others still go to Intl.
    expect(languageName('uk')).toBe('Ukrainian');
    expect(languageName('en-GB')).toBe(new Intl.DisplayNames(['en'], { type: 'language' }).of('en-GB'));
    expect(languageName('ru', 'de')).toBe('Russisch');
  });
});

describe('how a source was read', () => {
  it('names the format, and the encoding unless it is UTF-8', () => {
    expect(originWording({ format: 'pdf', encoding: null })).toBe('PDF');
    expect(originWording({ format: 'html', encoding: 'utf-8' })).toBe('web page');
    expect(originWording({ format: 'text', encoding: 'windows-1251' })).toBe('plain text, windows-1251');
  });
});

describe('the details form', () => {
  it('starts from the source\'s details, unknown ones empty', () => {
    expect(detailsForm(META)).toEqual({ label: 'Kremlin', publisher: 'President of Russia', title: 'Telephone conversation', date: '2025-03-18', url: '' });
  });

  it('gives the details typed, trimmed, an empty field as unknown, the rest of the meta as it was', () => {
    const r = applyDetails(META, { label: ' Moscow ', publisher: '', title: 'Call', date: '2025-03-19', url: 'https://en.kremlin.ru/events/1' });
    expect(r).toEqual({ ok: true, meta: { ...META, label: 'Moscow', publisher: null, title: 'Call', date: '2025-03-19', url: 'https://en.kremlin.ru/events/1' } });
  });

  it.each([
    ['an empty label', { label: '  ' }, 'label', /label is needed/],
    ['a date that is not YYYY-MM-DD', { date: '18/03/2025' }, 'date', /YYYY-MM-DD/],
    ['a date that does not exist', { date: '2025-02-30' }, 'date', /real date/],
    ['an address that is not http(s)', { url: 'javascript:alert(1)' }, 'url', /http/],
    ['a file address', { url: 'file:///etc/passwd' }, 'url', /http/],
    ['an address with credentials', { url: 'https://user:pw@example.org/' }, 'url', /http/],
  ])('refuses %s, saying what the field needs', (_what, change, field, message) => {
    const r = applyDetails(META, { ...detailsForm(META), ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors)).toEqual([field]);
      expect(r.errors[field as keyof typeof r.errors]).toMatch(message);
    }
  });

  it('takes exactly the fields of a meta, whatever else it carries', () => {
    expect(plainMeta({ ...META, file: 'kremlin.txt' } as SourceMeta)).toEqual(META);
  });
});
