import { expect, test } from 'vitest';
import { daysInWords } from '../../../src/data/day-in-words';

test('reads a day written day first, in French or English', () => {
  expect(daysInWords('Le 1er mars 2024')).toEqual(['2024-03-01']);
  expect(daysInWords('on 26th April 2023')).toEqual(['2023-04-26']);
  expect(daysInWords('le 3 décembre 2025')).toEqual(['2025-12-03']);
});

test('reads a day written month first', () => {
  expect(daysInWords('April 26, 2023')).toEqual(['2023-04-26']);
  expect(daysInWords('on June 3rd 2025')).toEqual(['2025-06-03']);
});

test('reads an ISO date', () => {
  expect(daysInWords('as of 2024-03-01')).toEqual(['2024-03-01']);
});

test('reads every day the words give, in the order of the ways they are written', () => {
  expect(daysInWords('from 2 May 2024 to June 5, 2024, reported 2024-06-30')).toEqual(['2024-05-02', '2024-06-05', '2024-06-30']);
});

test('gives no day for relative words, or for a number and a year around a word that is no month', () => {
  expect(daysInWords('last year')).toEqual([]);
  expect(daysInWords('cette année')).toEqual([]);
  expect(daysInWords('12 projets 2024')).toEqual([]);
  expect(daysInWords('Article 5, 2024')).toEqual([]);
});
