import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageMismatch, languageName } from '../../../shared/text/detect-language';

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

describe('detectLanguage', () => {
  it('tells English from the readouts and the article', () => {
    for (const file of ['whitehouse.txt', 'kremlin.txt', 'article.txt']) expect(detectLanguage(read(`assets/samples/2025-03-18-trump-putin/${file}`)), file).toBe('en');
  });

  it('tells English in every gold pair', () => {
    const pairs = join(ROOT, 'tests/fixtures/pairs');
    for (const dir of ['2018-03-13-may-trump', '2020-09-02-abe-johnson', '2023-01-23-sunak-varadkar']) {
      expect(detectLanguage(readFileSync(join(pairs, dir, 'a.txt'), 'utf8')), dir).toBe('en');
    }
  });

  it('tells Russian', () => {
    expect(detectLanguage(read('tests/fixtures/import/source/kremlin-ru.txt'))).toBe('ru');
    expect(detectLanguage('Путин и Трамп обсудили ситуацию вокруг Украины.')).toBe('ru');
  });

  it('tells Ukrainian and Bulgarian from Russian by their letters', () => {
    expect(detectLanguage('Президент України провів телефонну розмову з Президентом Сполучених Штатів Америки. Сторони обговорили питання безпеки та співпраці.')).toBe('uk');
    expect(detectLanguage('Президентът на България разговаря по телефона с президента на Съединените щати. Двамата обсъдиха сигурността в региона.')).toBe('bg');
  });

  it('leaves other Cyrillic languages, other Latin-script languages and short texts undecided', () => {
    expect(detectLanguage('Председник Србије је разговарао са председником Сједињених Држава о безбедности у региону и односима.')).toBeNull();
    expect(detectLanguage('Le président de la République s’est entretenu avec le président des États-Unis sur la situation en Ukraine.')).toBeNull();
    expect(detectLanguage('Der Bundeskanzler hat mit dem amerikanischen Präsidenten über die Lage in der Ukraine gesprochen.')).toBeNull();
    expect(detectLanguage('The leaders spoke.')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('languageMismatch', () => {
  it('names both files and languages when the primary languages differ', () => {
    expect(languageMismatch({ file: 'kremlin-ru.txt', language: 'ru' }, { file: 'whitehouse.txt', language: 'en' }))
      .toBe('kremlin-ru.txt is Russian and whitehouse.txt is English: comparing texts in two languages is not supported');
  });

  it('sees one language in two regional tags', () => {
    expect(languageMismatch({ file: 'a', language: 'en-GB' }, { file: 'b', language: 'en' })).toBeNull();
  });

  it('names a language it does not know by its tag', () => {
    expect(languageName('fr')).toBe('fr');
    expect(languageName('uk-UA')).toBe('Ukrainian');
  });
});
