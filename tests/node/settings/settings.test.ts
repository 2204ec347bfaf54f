import { describe, expect, it } from 'vitest';
import { defaultSettings, pageSizeForLocale, parseSettings, serializeSettings, SETTINGS_VERSION, type Settings } from '../../../node/settings/settings';

describe('pageSizeForLocale', () => {
  it('answers Letter in the United States, Canada (English and French), Mexico and the Philippines', () => {
    for (const locale of ['en-US', 'en-CA', 'fr-CA', 'es-MX', 'en-PH', 'en_US', 'es-CO', 'zh-Hant-US']) expect(pageSizeForLocale(locale), locale).toBe('Letter');
  });

  it('answers A4 elsewhere, and when the locale names no region', () => {
    for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'ru-RU', 'es-ES', 'en', 'fr', '', 'nonsense']) expect(pageSizeForLocale(locale), locale).toBe('A4');
  });
});

describe('parseSettings', () => {
  const good: Settings = { version: 1, theme: 'dark', pdfPageSize: 'Letter', window: { x: -1200, y: 40, width: 1000, height: 700, maximized: false }, lastFolder: '/home/ana/readouts', introSeen: true };

  it('reads every field of a valid file', () => {
    const parsed = parseSettings(JSON.stringify(good), 'de-DE');
    expect(parsed).toEqual({ ok: true, settings: good, problems: [], newer: null });
  });

  it('defaults a missing field from the locale and keeps the others', () => {
    const parsed = parseSettings(JSON.stringify({ version: 1, theme: 'light' }), 'en-US');
    expect(parsed.ok && parsed.settings).toEqual({ ...defaultSettings('en-US'), theme: 'light' });
    expect(parsed.ok && parsed.settings.pdfPageSize).toBe('Letter');
  });

  it('defaults only the invalid fields, names them, and drops unknown ones', () => {
    const parsed = parseSettings(JSON.stringify({ ...good, theme: 'purple', window: { x: 0, y: 0, width: -5, height: 10, maximized: false }, extra: 1 }), 'en-GB');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings).toEqual({ ...good, theme: 'system', window: null });
    expect(parsed.problems.map((p) => p.split(':')[0])).toEqual(['theme', 'window']);
    expect(Object.keys(parsed.settings)).not.toContain('extra');
  });

  it('refuses text that is not a settings file, saying why', () => {
    expect(parseSettings('{"version": 1, "theme": ', 'en-US')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(parseSettings('[1, 2]', 'en-US')).toEqual({ ok: false, message: 'not a JSON object' });
    expect(parseSettings('{"theme": "dark"}', 'en-US')).toEqual({ ok: false, message: 'no valid "version" field' });
    expect(parseSettings('{"version": "1"}', 'en-US')).toEqual({ ok: false, message: 'no valid "version" field' });
  });

  it('reads what validates in a newer version’s file and says it is newer', () => {
    const parsed = parseSettings(JSON.stringify({ ...good, version: 7, theme: { mode: 'auto' } }), 'en-GB');
    expect(parsed).toMatchObject({ ok: true, newer: 7, settings: { ...good, theme: 'system' } });
  });

  it('reads a file with a byte order mark', () => {
    expect(parseSettings(`\uFEFF${JSON.stringify(good)}`, 'en-GB').ok).toBe(true);
  });

  it('round-trips through serializeSettings, which writes this version', () => {
    const text = serializeSettings({ ...good, version: 9 });
    expect(JSON.parse(text).version).toBe(SETTINGS_VERSION);
    expect(parseSettings(text, 'en-GB')).toEqual({ ok: true, settings: good, problems: [], newer: null });
  });
});
