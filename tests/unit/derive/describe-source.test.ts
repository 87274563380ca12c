import { expect, test } from 'vitest';
import { describeSource, sourceFacts } from '../../../src/derive/describe-source';
import { loadCorpus } from '../../fixtures/load-corpus';

const { dataset } = loadCorpus();
const summit = dataset.sources[2]!;

test('a source\'s facts say what is not recorded, unless asked to be brief', () => {
  expect(sourceFacts(summit, dataset, 'en')).toBe('Summit no. 2, Astana; English; excerpt; publication date not recorded; address not recorded');
  expect(sourceFacts(summit, dataset, 'en', true)).toBe('Summit no. 2, Astana; English; excerpt');
});

test('a title that does not give the year is followed by the day', () => {
  const untitled = { ...summit, title: { en: 'Summit readout', fr: 'Compte rendu du sommet' }, published: '2025-06-18', address: 'https://example.org/summit' };
  expect(describeSource(untitled, dataset, 'fr')).toBe('Compte rendu du sommet (Sommet no 2, Astana · 17 juin 2025; anglais; extrait; publié le 18 juin 2025; https://example.org/summit)');
});
