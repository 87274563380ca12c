import { expect, test } from 'vitest';
import { quoteProblem } from '../../../src/data/quote-problem';

const TEXT = 'La Chine et le Kazakhstan renforceront la coopération.';
const at = (quote: string, start = TEXT.indexOf(quote), end = start + quote.length) => ({ sourceId: 's', quote, start, end, translations: {} });

test('a quote at its offsets is verbatim', () => {
  expect(quoteProblem(at('le Kazakhstan'), TEXT)).toBeUndefined();
});

test('a quote whose end runs past its words is not at its offsets, and says where it is', () => {
  const quote = at('le Kazakhstan');
  expect(quoteProblem({ ...quote, end: quote.end + 20 }, TEXT)).toBe('quote is in source "s" at 12–25, not at 12–45');
  expect(quoteProblem({ ...quote, end: quote.end - 1 }, TEXT)).toBe('quote is in source "s" at 12–25, not at 12–24');
});

test('a quote not in the text, an end not after its start, and a span by its words', () => {
  expect(quoteProblem(at('le Tadjikistan', 3, 17), TEXT)).toBe('quote not found verbatim in source "s": "le Tadjikistan"');
  expect(quoteProblem(at('la', 5, 5), TEXT)).toBe('end 5 is not after start 5');
  expect(quoteProblem({ sourceId: 's', text: 'renforceront', start: 0, end: 12 }, TEXT)).toBe('text "renforceront" is in source "s" at 26–38, not at 0–12');
});

test('a source whose text is missing is reported once, on the source, not on each quote', () => {
  expect(quoteProblem(at('le Kazakhstan'), undefined)).toBeUndefined();
});

test('a long quote not found is shown cut to its first 57 characters; one of 60 in full', () => {
  const sixty = 'La Chine et le Kazakhstan renforceront leur coopération ici.';
  expect(sixty).toHaveLength(60);
  expect(quoteProblem(at(sixty, 0, 60), TEXT)).toBe(`quote not found verbatim in source "s": "${sixty}"`);
  const long = `${sixty}!`;
  expect(quoteProblem(at(long, 0, 61), TEXT)).toBe('quote not found verbatim in source "s": "La Chine et le Kazakhstan renforceront leur coopération i…"');
});
