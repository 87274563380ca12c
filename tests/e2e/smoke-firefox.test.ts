import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { launchFirefox, type Engine } from './support/engines';
import { smokeSteps } from './support/smoke';

let engine: Engine | undefined;
beforeAll(async () => {
  engine = await launchFirefox();
});
afterAll(() => engine?.close());

describe('smoke test in Firefox ESR (puppeteer-core over WebDriver BiDi)', () => {
  for (const [name, step] of smokeSteps(() => engine ?? (() => { throw new Error('Firefox did not start'); })(), inject('baseUrl'))) test(name, step);
});
