import { expect, test } from 'vitest';
import type { Source } from '../../../src/data/schema';
import { describeSources } from '../../../src/derive/describe-sources';

const source = (n: number, date: string): Source => ({
  id: `s${n}`,
  file: `sources/s${n}.txt`,
  sha256: '0'.repeat(64),
  title: { en: `Readout ${n}`, fr: `Compte rendu ${n}` },
  language: 'fr',
  date,
  published: null,
  address: null,
  extent: 'complete',
  publisher: { en: 'p', fr: 'p' },
  description: { en: 'd', fr: 'd' },
});

test('names one or two sources in full', () => {
  expect(describeSources([source(1, '2023-04-26'), source(2, '2022-06-08')], 'en')).toBe('Readout 1 · Readout 2');
});

test('sums up many sources: the first, how many more, and the years they span', () => {
  const many = [source(1, '2023-04-26'), source(2, '1992-01-03'), source(3, '2031-12-01'), source(4, '2010-05-05')];
  expect(describeSources(many, 'en')).toBe('Readout 1 and 3 more source documents, 1992–2031');
  expect(describeSources(many, 'fr')).toBe('Compte rendu 1 et 3 autres documents sources, 1992–2031');
});
