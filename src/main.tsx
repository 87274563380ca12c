import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './app/app.css';
import { isDrawnPage } from './prerender/drawn-page';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Where the build drew the views into the page (and they are the ones to show), they are painted
// first: the dashboard's code (fetched beside this entry) runs once they are on screen, as reading
// it, or a large dataset, would hold the page's first frame back.
const drawn = isDrawnPage(root);
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

(drawn ? afterPaint() : Promise.resolve())
  // React first, then the dashboard: two shorter tasks of the browser's rather than one long one.
  .then(() => import('react-dom/client'))
  .then(() => import('./app/start'))
  .then(({ start }) => start(root))
  .catch((error: unknown) => {
    // The page stays as drawn; it says why it does not respond rather than fail in silence.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'panel app__code-error';
    message.textContent = `The dashboard's code could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
    document.body.prepend(message);
  });
