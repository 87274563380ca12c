import type { Commitment, Dataset } from '../data/schema';
import { describeRecord } from '../derive/describe-record';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { fitText } from '../derive/measure-text';
import { EXPORT_COLORS, type Scene, type SceneItem } from './scene';

const WIDTH = 860;
const ROW = 40;
/** Rows an image holds; beyond, it says how many more there are (the CSV has them all). */
export const MAX_LIST_ROWS = 100;

/** The list of statements as shapes: title, then type and strength, who, date, status, subject and domains. */
export function buildListScene(commitments: readonly Commitment[], dataset: Dataset, language: Language): Scene {
  const t = MESSAGES[language];
  const countryNames = new Map(dataset.countries.map((c) => [c.id, c.name[language]]));
  const domainLabels = new Map(dataset.domains.map((d) => [d.id, d.label[language]]));
  const items: SceneItem[] = [];
  const shown = commitments.slice(0, MAX_LIST_ROWS);
  shown.forEach((c, i) => {
    const y = i * ROW;
    if (i > 0) items.push({ kind: 'line', x1: 0, y1: y, x2: WIDTH, y2: y, stroke: EXPORT_COLORS.rule, strokeWidth: 1 });
    items.push({ kind: 'text', x: 0, y: y + 16, text: fitText(c.title[language], 13, WIDTH, 700), size: 13, weight: 700, fill: EXPORT_COLORS.text });
    const meta = `${describeRecord(c, countryNames, language)} · ${c.domainIds.map((id) => domainLabels.get(id) ?? id).join(', ')}`;
    items.push({ kind: 'text', x: 0, y: y + 32, text: fitText(meta, 11, WIDTH), size: 11, fill: EXPORT_COLORS.muted });
  });
  if (commitments.length === 0) items.push({ kind: 'text', x: 0, y: 16, text: t.noResults, size: 13, fill: EXPORT_COLORS.muted });
  const more = commitments.length - shown.length;
  if (more > 0) {
    const y = shown.length * ROW;
    items.push({ kind: 'line', x1: 0, y1: y, x2: WIDTH, y2: y, stroke: EXPORT_COLORS.rule, strokeWidth: 1 });
    items.push({ kind: 'text', x: 0, y: y + 22, text: t.moreInCsv(more), size: 13, weight: 700, fill: EXPORT_COLORS.muted });
  }
  return { width: WIDTH, height: (Math.max(1, shown.length) + (more > 0 ? 1 : 0)) * ROW, background: '#ffffff', items };
}
