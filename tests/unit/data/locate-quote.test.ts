import { describe, expect, test } from 'vitest';
import { locateQuote } from '../../../src/data/locate-quote';
import { FIXTURE_SOURCE_TEXT } from '../../fixtures/make-dataset';

const text = FIXTURE_SOURCE_TEXT;
const at = (quote: string, start = 0, end = 0) => locateQuote({ quote, start, end }, text);

describe('locateQuote', () => {
  test('places a quote found once where it stands, whatever offsets it had', () => {
    const quote = 'renforceront la coopération';
    const start = text.indexOf(quote);
    expect(at(quote)).toEqual({ ok: true, start, end: start + quote.length });
    expect(at(quote, 3, 4)).toEqual({ ok: true, start, end: start + quote.length });
    expect(text.slice(start, start + quote.length)).toBe(quote);
  });

  test('places a quote at the very start of the source', () => {
    expect(at('Le 1er mars 2024', 40, 56)).toEqual({ ok: true, start: 0, end: 16 });
  });

  test('refuses a quote that is not in the source verbatim', () => {
    expect(at('La Chine et le Kazakhstan renforceront la cooperation')).toEqual({ ok: false, problem: 'quote not found verbatim in the source' });
    expect(locateQuote({ quote: 'Kazakhstan', start: 0, end: 10 }, '')).toEqual({ ok: false, problem: 'quote not found verbatim in the source' });
  });

  test('keeps the offsets of a quote found several times when they point at one of its places', () => {
    const second = text.lastIndexOf('Kazakhstan');
    expect(second).toBeGreaterThan(text.indexOf('Kazakhstan'));
    expect(at('Kazakhstan', second, second + 10)).toEqual({ ok: true, start: second, end: second + 10 });
    expect(at('Kazakhstan', text.indexOf('Kazakhstan'), text.indexOf('Kazakhstan') + 10)).toEqual({ ok: true, start: text.indexOf('Kazakhstan'), end: text.indexOf('Kazakhstan') + 10 });
  });

  test('asks which place is meant when a quote found several times has offsets that point at none of them', () => {
    const [first, second] = [text.indexOf('Kazakhstan'), text.lastIndexOf('Kazakhstan')];
    const problem = `quote occurs 2 times (at ${first}, ${second}): set start to the one meant`;
    expect(at('Kazakhstan', 0, 10)).toEqual({ ok: false, problem });
    // The start is one of its places, but the end is not that place's end.
    expect(at('Kazakhstan', second, second + 9)).toEqual({ ok: false, problem });
    expect(at('Kazakhstan', second - 10, second)).toEqual({ ok: false, problem });
  });

  test('counts places that overlap', () => {
    expect(locateQuote({ quote: 'aa', start: 9, end: 11 }, 'baaaa')).toEqual({ ok: false, problem: 'quote occurs 3 times (at 1, 2, 3): set start to the one meant' });
    expect(locateQuote({ quote: 'aa', start: 2, end: 4 }, 'baaaa')).toEqual({ ok: true, start: 2, end: 4 });
  });
});
