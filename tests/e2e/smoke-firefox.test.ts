import { launchFirefox } from './support/engines';
import { smokeSuite } from './support/smoke';

smokeSuite('smoke test in Firefox ESR (puppeteer-core over WebDriver BiDi)', launchFirefox);
