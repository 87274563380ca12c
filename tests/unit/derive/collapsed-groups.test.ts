import { describe, expect, test } from 'vitest';
import { collapsedGroups } from '../../../src/derive/collapsed-groups';

const group = (id: string, domainIds: string[]) => ({ group: { id }, rows: domainIds.map((d) => ({ domain: { id: d } })) });
const GROUPS = [group('economy', ['energy', 'trade']), group('people', ['culture']), group('security', ['stability'])];

describe('collapsedGroups', () => {
  test('collapses the groups the user folded', () => {
    expect([...collapsedGroups(GROUPS, new Set(['people']), [])]).toEqual(['people']);
  });

  test('collapses every group when asked for all', () => {
    expect([...collapsedGroups(GROUPS, 'all', [])]).toEqual(['economy', 'people', 'security']);
  });

  test('never collapses a group holding a selected domain', () => {
    expect([...collapsedGroups(GROUPS, 'all', ['trade'])]).toEqual(['people', 'security']);
    expect([...collapsedGroups(GROUPS, new Set(['economy']), ['energy'])]).toEqual([]);
  });

  test('collapses nothing by default', () => {
    expect(collapsedGroups(GROUPS, new Set(), []).size).toBe(0);
  });
});
