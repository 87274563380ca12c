import { expect, test } from 'vitest';
import type { Relationship } from '../../../src/data/schema';
import { relationshipLabels } from '../../../src/derive/relationship-labels';
import { makeDataset } from '../../fixtures/make-dataset';

const base = makeDataset();
const relationship = (id: string, countryIds: string[], label: string): Relationship => ({ ...base.relationships[0]!, id, countryIds, label: { en: label, fr: `${label} (fr)` } });
const dataset = makeDataset({
  countries: [...base.countries, { ...base.countries[1]!, id: 'UZB', name: { en: 'Uzbekistan', fr: 'Ouzbékistan' } }],
  relationships: [
    relationship('chn-kaz', ['CHN', 'KAZ'], 'Strategic partners'),
    relationship('chn-kaz-friends', ['KAZ', 'CHN'], 'Old friends'),
    relationship('region', ['CHN', 'KAZ', 'KGZ', 'UZB'], 'Good neighbours'),
    relationship('kaz-uzb', ['KAZ', 'UZB'], 'Allies'),
  ],
});

test('a country\'s relationship with China is what the source says of the two of them alone, label by label', () => {
  expect(relationshipLabels(dataset, 'KAZ', 'en')).toEqual(['Strategic partners', 'Old friends']);
  expect(relationshipLabels(dataset, 'KAZ', 'fr')).toEqual(['Strategic partners (fr)', 'Old friends (fr)']);
});

test('what two other countries are to each other, or the region to China, is not a country\'s relationship with China', () => {
  expect(relationshipLabels(dataset, 'UZB', 'en')).toEqual([]);
  expect(relationshipLabels(dataset, 'KGZ', 'en')).toEqual([]);
});

test('for China, it is how the source speaks of its relationship with the region', () => {
  expect(relationshipLabels(dataset, 'CHN', 'en')).toEqual(['Good neighbours']);
});
