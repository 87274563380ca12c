import { launchChromium } from './support/engines';
import { smokeSuite } from './support/smoke';

smokeSuite('smoke test in Chromium (playwright-core)', launchChromium);
