/**
 * Synthetic datasets of the real schema, for measuring the dashboard at scale: the embedded
 * dataset, plus made-up readouts spread over many years, each with its own source text from
 * which every synthetic commitment quotes its sentence verbatim. Deterministic for a seed.
 */
import { createHash } from 'node:crypto';
import type { Commitment, Dataset, DatasetEvent, Evidence, Source } from '../../src/data/schema';

/** A dataset and the text of each source file, by the file path the dataset gives. */
export interface SyntheticDataset {
  dataset: Dataset;
  files: Record<string, string>;
}

const PER_SOURCE = 40;
const FIRST_YEAR = 1992;
const YEARS = 40;
const KINDS: Commitment['kind'][] = ['project', 'field', 'political', 'mechanism'];
const STATUSES = ['announced', 'in-progress', 'completed', 'stalled'] as const;
/** Each statement type with a strength it may have, and the French verb that says it. */
const CODINGS = [
  { statementType: 'undertaking', strength: 'undertaking', verb: 'renforceront', en: 'will strengthen' },
  { statementType: 'undertaking', strength: 'advance', verb: 'promouvront', en: 'will promote' },
  { statementType: 'call', strength: 'call', verb: 'doivent renforcer', en: 'should strengthen' },
  { statementType: 'position', strength: 'position', verb: 'soutiennent', en: 'support' },
] as const;
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A small seeded generator (mulberry32), so that every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `size` commitments in all: the base dataset's own, then synthetic ones until the count is
 * reached, about 40 to a source. `base` and `baseFiles` are the embedded dataset and its sources.
 * With `links`, a fifth of the synthetic statements advance an earlier-dated one of the same parties.
 */
export function syntheticDataset(base: Dataset, baseFiles: Record<string, string>, size: number, seed = 1, links = false): SyntheticDataset {
  const next = random(seed);
  const pick = <T>(items: readonly [T, ...T[]] | readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const countries = base.countries;
  const china = countries.find((c) => c.id === 'CHN');
  const centralAsia = countries.filter((c) => c.id !== 'CHN');
  const files: Record<string, string> = { ...baseFiles };
  const sources: Source[] = [...base.sources];
  const events: DatasetEvent[] = [...base.events];
  const commitments: Commitment[] = base.commitments.slice(0, size);
  // Earlier statements by their parties, to link later ones to.
  const byParties = new Map<string, { id: string; date: string }[]>();

  for (let s = 0; commitments.length < size; s++) {
    const sourceId = `synthetic-${s + 1}`;
    const file = `sources/${sourceId}.fr.txt`;
    const year = FIRST_YEAR + Math.floor(next() * YEARS);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const wording = `${day} ${MONTHS_FR[month]} ${year}`;
    let text = '';
    const sentence = (fr: string, en: string): Evidence => {
      const start = text.length;
      text += `${fr} `;
      return { sourceId, quote: fr, start, end: start + fr.length, translations: { en } };
    };
    const stated = { start: date, end: date, precision: 'day' as const, wording, resolution: { en: 'The day the text gives.', fr: 'Le jour que donne le texte.' } };
    const opening = sentence(`Réunion de coopération n° ${s + 1}, tenue le ${wording}.`, `Cooperation meeting no. ${s + 1}, held on ${date}.`);
    const eventId = `${sourceId}-meeting`;
    events.push({
      id: eventId,
      title: { en: `Synthetic meeting ${s + 1}`, fr: `Réunion synthétique ${s + 1}` },
      kind: 'meeting',
      when: stated,
      countryIds: countries.map((c) => c.id),
      evidence: [opening],
    });

    for (let k = 0; k < PER_SOURCE && commitments.length < size; k++) {
      const n = commitments.length + 1;
      const domain = pick(base.domains);
      const second = next() < 0.3 ? pick(base.domains) : domain;
      const partner = pick(centralAsia);
      const collective = next() < 0.25;
      const concerned = collective ? countries : china ? [china, partner] : [partner];
      const names = concerned.map((c) => c.name.fr).join(', ');
      const coding = pick(CODINGS);
      const evidence = sentence(
        // Each statement is told apart by its number, twice, so that no two read as one repeated.
        `Les parties ${coding.verb} la coopération n° ${n} (projet ${n}) en matière de ${domain.label.fr.toLowerCase()} avec ${names}.`,
        `The parties ${coding.en} cooperation no. ${n} (project ${n}) on ${domain.label.en.toLowerCase()} with ${concerned.map((c) => c.name.en).join(', ')}.`,
      );
      const parties = concerned.map((c) => c.id).join(',');
      const earlier = (byParties.get(parties) ?? []).slice(-200).filter((e) => e.date < date);
      const linkTo = links && earlier.length > 0 && next() < 0.2 ? pick(earlier) : undefined;
      byParties.set(parties, [...(byParties.get(parties) ?? []).slice(-400), { id: `synthetic-commitment-${n}`, date }]);
      const cueAt = evidence.start + 'Les parties '.length;
      const cue = { sourceId, text: coding.verb, start: cueAt, end: cueAt + coding.verb.length };
      commitments.push({
        id: `synthetic-commitment-${n}`,
        title: { en: `${domain.label.en}: cooperation no. ${n}`, fr: `${domain.label.fr} : coopération n° ${n}` },
        statementType: coding.statementType,
        strength: coding.strength,
        cues: [cue],
        makerIds: concerned.map((c) => c.id),
        partnerIds: [],
        countryIds: concerned.map((c) => c.id),
        speakerIds: [],
        agreedByIds: [],
        domainIds: second === domain ? [domain.id] : [domain.id, second.id],
        kind: pick(KINDS),
        stated: { ...stated, wordingAt: { sourceId, text: wording, start: opening.start + opening.quote.indexOf(wording), end: opening.start + opening.quote.indexOf(wording) + wording.length } },
        eventIds: next() < 0.2 ? [eventId] : [],
        statusHistory: [{ status: pick(STATUSES), asOf: date, evidence }],
        ...(linkTo ? { links: [{ kind: 'advances' as const, commitmentId: linkTo.id, evidence }] } : {}),
        evidence: [evidence],
      });
    }
    files[file] = text.trimEnd();
    sources.push({
      id: sourceId,
      file,
      sha256: createHash('sha256').update(files[file]).digest('hex'),
      title: { en: `Synthetic readout ${s + 1}, ${date}`, fr: `Compte rendu synthétique ${s + 1}, ${wording}` },
      language: 'fr',
      date,
      published: null,
      address: null,
      extent: 'complete',
      publisher: { en: 'Generated for measurement', fr: 'Généré pour les mesures' },
      description: { en: 'Made-up text for measuring the dashboard at scale.', fr: 'Texte inventé pour mesurer le tableau de bord à grande échelle.' },
    });
  }
  return { dataset: { ...base, title: { en: `${base.title.en} (synthetic, ${size} commitments)`, fr: `${base.title.fr} (synthétique, ${size} engagements)` }, sources, events, commitments }, files };
}
