import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// The whole dashboard renders in jsdom in some tests; on a shared two-core machine running test
// files side by side, what a user sees at once may take seconds to appear, not the default second.
configure({ asyncUtilTimeout: 10_000 });

// jsdom does not lay out, so it has no scrolling, and it has <dialog> without its methods.
// Browsers all have these; the stand-ins do what the page relies on.
Object.assign(Element.prototype, {
  scrollIntoView() {
    /* nothing to scroll */
  },
});
Object.assign(HTMLDialogElement.prototype, {
  showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  },
  close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  },
});

// jsdom has no media queries: the page sees a light-mode screen.
Object.assign(window, {
  matchMedia: (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }),
});
