import { launchWebKit } from './support/engines';
import { smokeSuite } from './support/smoke';

smokeSuite('smoke test in WebKitGTK (WebKitWebDriver under xvfb-run)', () => launchWebKit(4445 + Math.floor(Math.random() * 500)));
