import { expect, test } from 'vitest';
import { fitText, measureText, wrapText } from '../../../src/derive/measure-text';

test('measures a longer text wider', () => {
  expect(measureText('Kazakhstan', 12)).toBeGreaterThan(measureText('China', 12));
  expect(measureText('', 12)).toBe(0);
});

test('grows in proportion to the font size', () => {
  expect(measureText('Kazakhstan', 24)).toBeCloseTo(2 * measureText('Kazakhstan', 12), 6);
});

test('measures bold a little wider than regular', () => {
  const regular = measureText('Kazakhstan', 12);
  expect(measureText('Kazakhstan', 12, 700)).toBeGreaterThan(regular);
  expect(measureText('Kazakhstan', 12, 700)).toBeLessThan(regular * 1.1);
  expect(measureText('Kazakhstan', 12, 400)).toBe(regular);
});

test('gives a space some width, but less than a letter', () => {
  expect(measureText('a b', 12)).toBeGreaterThan(measureText('ab', 12));
  expect(measureText(' ', 12)).toBeLessThan(measureText('a', 12));
});

test('tells narrow letters from wide ones, and capitals and digits from lowercase', () => {
  const [i, a, m, A, zero] = ['i', 'a', 'm', 'A', '0'].map((c) => measureText(c, 12));
  expect(i).toBeGreaterThan(0);
  expect(i).toBeLessThan(a!);
  expect(m).toBeGreaterThan(A!);
  expect(A).toBeGreaterThan(zero!);
  expect(zero).toBeGreaterThan(a!);
  expect(measureText('iii', 12)).toBeCloseTo(3 * i!, 6);
  expect(measureText('mmm', 12)).toBeCloseTo(3 * m!, 6);
  expect(measureText('AAA', 12)).toBeCloseTo(3 * A!, 6);
  expect(measureText('000', 12)).toBeCloseTo(3 * zero!, 6);
  expect(measureText('aaa', 12)).toBeCloseTo(3 * a!, 6);
  expect(measureText('   ', 12)).toBeCloseTo(3 * measureText(' ', 12), 6);
});

test('wraps text at spaces into lines no wider than asked', () => {
  const text = 'China and the five Central Asian countries will deepen cooperation';
  const lines = wrapText(text, 12, 120);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toBe(text);
  for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
  // Each line takes as many words as fit: the next line's first word would not.
  for (const [i, line] of lines.slice(0, -1).entries()) {
    expect(measureText(`${line} ${lines[i + 1]!.split(' ')[0]}`, 12)).toBeGreaterThan(120);
  }
});

test('keeps text that fits on one line, and leaves a word longer than a line on its own', () => {
  expect(wrapText('Xi’an summit', 12, 200)).toEqual(['Xi’an summit']);
  expect(wrapText('a Turkmenistan b', 12, 30)).toEqual(['a', 'Turkmenistan', 'b']);
});

test('collapses runs of spaces and line breaks, and gives no line for blank text', () => {
  expect(wrapText('  one \n\t two  ', 12, 200)).toEqual(['one two']);
  expect(wrapText('   ', 12, 200)).toEqual([]);
});

test('wraps bold text sooner than regular', () => {
  const text = 'Kazakhstan Kyrgyzstan';
  const width = measureText(text, 12) + 1;
  expect(wrapText(text, 12, width)).toEqual([text]);
  expect(wrapText(text, 12, width, 700)).toEqual(['Kazakhstan', 'Kyrgyzstan']);
});

test('wraps a line exactly as wide as asked no further', () => {
  expect(wrapText('one two', 12, measureText('one two', 12))).toEqual(['one two']);
});

test('leaves text that fits as it is, even exactly', () => {
  expect(fitText('Kazakhstan', 12, 200)).toBe('Kazakhstan');
  expect(fitText('Kazakhstan', 12, measureText('Kazakhstan', 12))).toBe('Kazakhstan');
});

test('shortens text that does not fit with an ellipsis, keeping as much as fits', () => {
  const width = measureText('Turkmenistan', 12) * 0.7;
  const cut = fitText('Turkmenistan', 12, width);
  expect(cut).toBe('Turkme…');
  expect(measureText(cut, 12)).toBeLessThanOrEqual(width);
  const kept = cut.slice(0, -1);
  expect(measureText(`${'Turkmenistan'.slice(0, kept.length + 1)}…`, 12)).toBeGreaterThan(width);
});

test('keeps a shortened text that fills the width exactly', () => {
  expect(fitText('Turkmenistan', 12, measureText('Turkme…', 12))).toBe('Turkme…');
});

test('shortens bold text sooner than regular', () => {
  const width = measureText('Turkmenistan', 12);
  expect(fitText('Turkmenistan', 12, width)).toBe('Turkmenistan');
  expect(fitText('Turkmenistan', 12, width, 700)).toMatch(/…$/);
});

test('leaves no space before the ellipsis', () => {
  const text = 'Central Asia';
  const width = measureText('Central …', 12);
  expect(fitText(text, 12, width)).toBe('Central…');
});

test('keeps at least the first letter when nothing fits', () => {
  expect(fitText('Kazakhstan', 12, 1)).toBe('K…');
});
