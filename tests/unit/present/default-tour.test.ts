import { expect, test } from 'vitest';
import { parseState } from '../../../src/filters/url-state';
import { defaultTour } from '../../../src/present/default-tour';
import { makeCommitment, makeDataset } from '../../fixtures/make-dataset';

const dataset = makeDataset({
  commitments: [makeCommitment(), makeCommitment({ id: 'consulate', kind: 'project', title: { en: 'Open a consulate', fr: 'Ouvrir un consulat' } })],
});

test('opens with an overview, then each partner country, then each specific project', () => {
  const tour = defaultTour(dataset, 'en');
  expect(tour.map((s) => s.name)).toEqual(['Overview', 'Kazakhstan', 'Kyrgyzstan', 'Pledge: Open a consulate']);
});

test('each scene is a view as URL parameters: filters, focused record, enlarged view', () => {
  const tour = defaultTour(dataset, 'en');
  const [overview, kazakhstan] = tour;
  const pledge = tour.at(-1);
  expect(overview?.query).toBe('');
  expect(parseState(kazakhstan?.query ?? '').state.countries).toEqual(['KAZ']);
  expect(parseState(pledge?.query ?? '').state).toMatchObject({ countries: ['KAZ'], focusedId: 'consulate', spotlight: 'details' });
});

test('names the scenes in the presenter\'s language, and leaves the language out of the views', () => {
  const tour = defaultTour(dataset, 'fr');
  expect(tour[0]?.name).toBe('Vue d’ensemble');
  expect(tour.every((s) => !s.query.includes('lang='))).toBe(true);
});

test('holds at most a dozen project scenes, however many projects the dataset has', () => {
  const many = makeDataset({ commitments: Array.from({ length: 40 }, (_, i) => makeCommitment({ id: `project-${i}`, kind: 'project' })) });
  const pledges = defaultTour(many, 'en').filter((s) => s.id.startsWith('pledge-'));
  expect(pledges.map((s) => s.id)).toEqual(Array.from({ length: 12 }, (_, i) => `pledge-project-${i}`));
});

test('makes a pledge scene of undertakings only, not of a call about a project', () => {
  const withCall = makeDataset({
    commitments: [
      makeCommitment({ id: 'consulate', kind: 'project', title: { en: 'Promote a consulate', fr: 'Promouvoir un consulat' }, strength: 'advance' }),
      makeCommitment({ id: 'call-for-consulate', kind: 'project', statementType: 'call', strength: 'call', title: { en: 'Call for a consulate', fr: 'Appel à un consulat' } }),
    ],
  });
  expect(defaultTour(withCall, 'en').filter((s) => s.id.startsWith('pledge-')).map((s) => s.id)).toEqual(['pledge-consulate']);
});
