import { beforeEach, expect, test } from 'vitest';
import { useScenes } from '../../../src/present/use-scenes';

const tour = [
  { id: 'a', name: 'A', query: '' },
  { id: 'b', name: 'B', query: 'c=KAZ' },
  { id: 'c', name: 'C', query: 'c=UZB' },
];
const store = () => useScenes.getState();

beforeEach(() => {
  localStorage.clear();
  useScenes.setState({ scenes: null });
});

test('editing starts from the tour shown, then renames, reorders and deletes', () => {
  store().startEditing(tour);
  store().renameScene('b', 'Kazakhstan');
  store().moveScene('c', -1);
  store().deleteScene('a');
  expect(store().scenes?.map((s) => s.name)).toEqual(['C', 'Kazakhstan']);
});

test('keeps the scenes in the browser between visits', () => {
  store().startEditing(tour);
  store().addScene({ id: 'd', name: 'D', query: 'd=energy' });
  const saved = JSON.parse(localStorage.getItem('china-central-asia-dashboard/scenes') ?? '{}') as { state: { scenes: { name: string }[] } };
  expect(saved.state.scenes.map((s) => s.name)).toEqual(['A', 'B', 'C', 'D']);
});

test('going back to the default tour forgets the presenter\'s own list', () => {
  store().startEditing(tour);
  store().importScenes(null);
  expect(store().scenes).toBeNull();
});

test('moving the first scene earlier changes nothing', () => {
  store().startEditing(tour);
  store().moveScene('a', -1);
  expect(store().scenes?.map((s) => s.id)).toEqual(['a', 'b', 'c']);
});
