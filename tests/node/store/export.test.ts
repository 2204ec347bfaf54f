import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadoutsFile } from '../../../shared/file/readouts-file';
import { exportComparisonAnnotations, sha256Hex } from '../../../node/store/export';

describe('the export on the Node side', () => {
  it('hashes the UTF-8 bytes of a text with SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // UTF-8, not UTF-16: "é" is the two bytes c3 a9.
    expect(sha256Hex('\u00e9')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
    expect(sha256Hex('\u00e9')).not.toBe(sha256Hex('e\u0301'));
  });

  it('names the fixture’s readouts, which have no URL, by the hash of their text', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../fixtures/annotated.readouts'), 'utf8')) as ReadoutsFile;
    const out = JSON.parse(exportComparisonAnnotations(file, 'jsonld'));
    const sources = new Set(out.first.items.flatMap((i: { target: { source: string } | Array<{ source: string }> }) => [i.target].flat().map((t) => t.source)));
    expect(sources).toEqual(new Set([`urn:sha256:${sha256Hex(file.sources.a.text)}`, `urn:sha256:${sha256Hex(file.sources.b.text)}`, `urn:sha256:${sha256Hex(file.article!.text)}`]));
  });
});
