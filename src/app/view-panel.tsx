import type { ReactNode } from 'react';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { ErrorBoundary } from './error-boundary';

interface ViewPanelProps {
  /** The grid area the panel fills. */
  area: 'map' | 'heatmap' | 'timeline' | 'details';
  title: string;
  /** How to use the view, one line. */
  hint?: string;
  language: Language;
  /** Controls in the panel's header, such as its export menu. */
  actions?: ReactNode;
  /** When the view fills the screen: what it shows and where it comes from, in words. */
  caption?: string;
  children: ReactNode;
}

/** A titled region for one view; a view that fails shows its own error and the others carry on. */
export function ViewPanel({ area, title, hint, language, actions, caption, children }: ViewPanelProps) {
  const headingId = `view-${area}-title`;
  return (
    <section className={`panel view view--${area}${caption ? ' is-spotlit' : ''}`} aria-labelledby={headingId}>
      <header className="view__head">
        <h2 id={headingId}>{title}</h2>
        {caption && <p className="view__caption">{caption}</p>}
        {hint && <p className="view__hint">{hint}</p>}
        {actions && <div className="view__actions">{actions}</div>}
      </header>
      <ErrorBoundary label={title} message={MESSAGES[language].viewFailed(title)} retryLabel={MESSAGES[language].retry}>
        {children}
      </ErrorBoundary>
    </section>
  );
}
