import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { launchWebKit, type Engine } from './support/engines';
import { smokeSteps } from './support/smoke';

let engine: Engine | undefined;
beforeAll(async () => {
  engine = await launchWebKit(4445 + Math.floor(Math.random() * 500));
});
afterAll(() => engine?.close());

describe('smoke test in WebKitGTK (WebKitWebDriver under xvfb-run)', () => {
  for (const [name, step] of smokeSteps(() => engine ?? (() => { throw new Error('WebKit did not start'); })(), inject('baseUrl'))) test(name, step);
});
