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

  it('leaves other Cyrillic languages, mixed Latin text and short texts undecided', () => {
    expect(detectLanguage('Председник Србије је разговарао са председником Сједињених Држава о безбедности у региону и односима.')).toBeNull();
    expect(detectLanguage('Premier Valdo Kessen Ostmark Tarvia Lundgren Parvel Oskar Brannik Harlow Dessen.')).toBeNull();
    expect(detectLanguage('The leaders spoke.')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  // Tester 9, V7: a Japanese original and a French text against English readouts were compared as English.
  it('tells the Latin-script languages of the readouts an analyst keeps beside the English ones by their function words', () => {
    expect(detectLanguage('Le président de la République s’est entretenu avec le président des États-Unis sur la situation en Ukraine. Les deux dirigeants ont évoqué la sécurité européenne et le soutien à la population, et ils sont convenus de rester en contact étroit dans les semaines à venir.')).toBe('fr');
    expect(detectLanguage('Der Bundeskanzler hat mit dem amerikanischen Präsidenten über die Lage in der Ukraine gesprochen. Beide betonten die Bedeutung der Zusammenarbeit und vereinbarten, sich auch in den kommenden Wochen eng über die weitere Entwicklung auszutauschen und die Hilfe für die Bevölkerung zu verstärken.')).toBe('de');
    expect(detectLanguage('El presidente del Gobierno conversó por teléfono con el primer ministro sobre la cooperación y los retos comunes. Ambos dirigentes destacaron la importancia de la relación entre los dos países y acordaron mantener el contacto para preparar la próxima cumbre en la capital.')).toBe('es');
    expect(detectLanguage('Il presidente del Consiglio ha avuto un colloquio telefonico con il primo ministro sulla cooperazione e la sicurezza. I due leader hanno sottolineato che la collaborazione tra i due paesi è molto importante e hanno concordato di restare in contatto nelle prossime settimane per preparare il vertice.')).toBe('it');
  });

  // A cold review's example: a short list of English names with particles read as French, so an English readout was refused.
  it('leaves a short Latin text undecided rather than call it another language: a list of names with particles', () => {
    expect(detectLanguage('READOUT / President Biden / President Macron / El Salvador / La Paz / Le Drian / Des Moines / Van Hollen / Da Nang')).toBeNull();
  });

  it('tells a language by its script: Japanese by its kana among Han, Chinese by Han alone, Korean, Arabic, Greek', () => {
    expect(detectLanguage('岸田総理大臣は、英国のスナク首相と電話会談を行いました。両首脳は、エネルギー協力について意見交換を行いました。')).toBe('ja');
    expect(detectLanguage('两国领导人通电话，就双边关系和共同关心的国际地区问题交换了意见。')).toBe('zh');
    expect(detectLanguage('대통령은 영국 총리와 전화 통화를 하고 양국 협력 방안을 논의했습니다.')).toBe('ko');
    expect(detectLanguage('أجرى الرئيس اتصالا هاتفيا مع رئيس الوزراء بحث خلاله العلاقات الثنائية.')).toBe('ar');
    expect(detectLanguage('Ο πρωθυπουργός είχε τηλεφωνική επικοινωνία με τον πρόεδρο για τη συνεργασία των δύο χωρών.')).toBe('el');
  });
});

describe('languageMismatch', () => {
  it('refuses a Japanese original against an English readout, naming both', () => {
    const ja = detectLanguage('岸田総理大臣は、英国のスナク首相と電話会談を行いました。両首脳は、エネルギー協力について意見交換を行いました。')!;
    expect(languageMismatch({ file: 'ja.txt', language: ja }, { file: 'b.txt', language: 'en' }))
      .toBe('ja.txt is Japanese and b.txt is English: comparing texts in two languages is not supported');
  });

  it('names both files and languages when the primary languages differ', () => {
    expect(languageMismatch({ file: 'kremlin-ru.txt', language: 'ru' }, { file: 'whitehouse.txt', language: 'en' }))
      .toBe('kremlin-ru.txt is Russian and whitehouse.txt is English: comparing texts in two languages is not supported');
  });

  it('sees one language in two regional tags', () => {
    expect(languageMismatch({ file: 'a', language: 'en-GB' }, { file: 'b', language: 'en' })).toBeNull();
  });

  it('names a language it does not know by its tag', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('sw')).toBe('sw');
    expect(languageName('uk-UA')).toBe('Ukrainian');
  });
});
