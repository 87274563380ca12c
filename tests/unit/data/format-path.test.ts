import { expect, test } from 'vitest';
import { formatPath } from '../../../src/data/format-path';

const dataset = {
  commitments: [{ id: 'chn-kaz-visa', domainIds: ['visa', 'trade'] }, { title: 'no id yet' }, { id: 7 }, null],
  title: { en: 'Title' },
};

test('names a record by its id, and the fields inside it as people read them', () => {
  expect(formatPath(dataset, ['commitments', 0, 'domainIds', 1])).toBe('commitments[0] "chn-kaz-visa" › domainIds[1]');
  expect(formatPath(dataset, ['title', 'fr'])).toBe('title › fr');
});

test('names a record without a text id by its index alone', () => {
  expect(formatPath(dataset, ['commitments', 1, 'title'])).toBe('commitments[1] › title');
  expect(formatPath(dataset, ['commitments', 2, 'id'])).toBe('commitments[2] › id');
  expect(formatPath(dataset, ['commitments', 3])).toBe('commitments[3]');
});

test('names a place the file does not have, by its path', () => {
  expect(formatPath(dataset, ['meetings', 0, 'placeId'])).toBe('meetings[0] › placeId');
  expect(formatPath(dataset, ['commitments', 3, 'id'])).toBe('commitments[3] › id');
  expect(formatPath(null, ['title', 'en'])).toBe('title › en');
});

test('says a problem with the whole file is at its top level', () => {
  expect(formatPath(dataset, [])).toBe('(top level)');
  expect(formatPath([], [0])).toBe('[0]');
});
