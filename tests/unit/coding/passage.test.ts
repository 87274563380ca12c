import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isWithin, passageOf, wordsOf } from '../../../src/coding/passage';

const TEXT = 'La Chine et le Kazakhstan renforceront la coopération.  Les deux parties doivent agir.';

describe('a passage chosen in a source', () => {
  test('is the text between its offsets, without spaces at its ends, in either order', () => {
    expect(passageOf(TEXT, 0, 55)).toEqual({ start: 0, end: 54, quote: 'La Chine et le Kazakhstan renforceront la coopération.' });
    expect(passageOf(TEXT, 86, 54)).toEqual({ start: 56, end: 86, quote: 'Les deux parties doivent agir.' });
    expect(passageOf(TEXT, 54, 56)).toBeNull();
  });

  test('whatever the selection, even out of the text, its quote is the text at its offsets', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -50, max: 500 }), fc.integer({ min: -50, max: 500 }), (text, a, b) => {
        const passage = passageOf(text, a, b);
        if (passage === null) return;
        expect(text.slice(passage.start, passage.end)).toBe(passage.quote);
        expect(passage.quote.trim()).toBe(passage.quote);
        expect(passage.start).toBeGreaterThanOrEqual(0);
        expect(passage.end).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  test('gives its words with their offsets in the whole text, apostrophes and hyphens kept', () => {
    const text = 'Note. Les parties l’ont dit : Chine-Asie centrale.';
    const words = wordsOf(text, { start: 6, end: text.length });
    expect(words.map((w) => w.quote)).toEqual(['Les', 'parties', 'l’ont', 'dit', 'Chine-Asie', 'centrale']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.quote);
    expect(isWithin(words[1]!, { start: 6, end: 20 })).toBe(true);
    expect(isWithin(words[5]!, { start: 6, end: 20 })).toBe(false);
  });
});
