import { z } from '../data/zod';
import type { Dataset } from '../data/schema';
import { reconcileWithDataset } from '../filters/reconcile-with-dataset';
import { parseState } from '../filters/url-state';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import type { Scene } from './scene';

export const SCENE_FILE_FORMAT = 'china-central-asia-dashboard/scenes';

const sceneFileSchema = z.strictObject({
  format: z.literal(SCENE_FILE_FORMAT),
  version: z.literal(1),
  scenes: z.array(z.strictObject({ name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), query: z.string().check(z.maxLength(2000)) })).check(z.maxLength(500)),
});

/** The scenes as a JSON file a presenter can keep or share. */
export function serializeScenes(scenes: readonly Scene[]): string {
  return `${JSON.stringify({ format: SCENE_FILE_FORMAT, version: 1, scenes: scenes.map(({ name, query }) => ({ name, query })) }, null, 2)}\n`;
}

/**
 * Reads a scene file, checking its shape and that every scene's view exists in this dataset.
 * Returns the scenes, or the problems found, each naming where it is.
 */
export function parseScenes(text: string, dataset: Dataset, language: Language): { ok: true; scenes: Scene[] } | { ok: false; problems: string[] } {
  const t = MESSAGES[language];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = sceneFileSchema.safeParse(raw);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(file)'}: ${issue.message}`) };
  }
  const problems: string[] = [];
  const scenes = result.data.scenes.map(({ name, query }, i) => {
    const parsed = parseState(query);
    const { notices } = reconcileWithDataset(parsed.state, dataset);
    for (const n of [...parsed.notices, ...notices]) problems.push(`scenes[${i}] "${name}" › query: ${n.param}=${n.value} ${t.urlProblems[n.problem]}`);
    return { id: `scene-${i}-${slug(name)}`, name, query };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenes };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'scene';
}
