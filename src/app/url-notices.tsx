import { useState } from 'react';
import type { UrlNotice } from '../filters/url-notice';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';

interface UrlNoticesProps {
  /** The URL parameters that were ignored, and why. */
  notices: readonly UrlNotice[];
  language: Language;
}

/** Says which parts of a shared link could not be used, instead of failing or silently ignoring them. */
export function UrlNotices({ notices, language }: UrlNoticesProps) {
  const t = MESSAGES[language];
  const [dismissed, setDismissed] = useState<readonly UrlNotice[] | null>(null);
  if (notices.length === 0 || dismissed === notices) return null;
  return (
    <div className="notice" role="alert">
      <p>{t.urlNoticeTitle}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <code>
              {n.param}={n.value}
            </code>{' '}
            {t.urlProblems[n.problem]}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={() => setDismissed(notices)}>
        {t.dismiss}
      </button>
    </div>
  );
}
