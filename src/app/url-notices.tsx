import { useState } from 'react';
import type { UrlNotice } from '../filters/url-notice';
import type { Language } from '../i18n/language';
import { MESSAGES } from '../i18n/messages';
import { Notice } from './notice';

interface UrlNoticesProps {
  /** The URL parameters that were ignored, and why. */
  notices: readonly UrlNotice[];
  language: Language;
}

/** Notices listed at most this many; the rest are counted. A link can carry thousands of bad values. */
const LISTED = 10;
/** A value is shown up to this many characters: a notice must not carry a 100 KB parameter. */
const VALUE_LENGTH = 60;

/** The notices, as far as a person reads them: the first ten, then how many more. */
export function NoticeList({ notices, language }: UrlNoticesProps) {
  const t = MESSAGES[language];
  return (
    <ul>
      {notices.slice(0, LISTED).map((n, i) => (
        <li key={i}>
          <code>
            {n.param}={n.value.length > VALUE_LENGTH ? `${n.value.slice(0, VALUE_LENGTH - 1)}…` : n.value}
          </code>{' '}
          {t.urlProblems[n.problem]}
        </li>
      ))}
      {notices.length > LISTED && <li>{t.moreNotices(notices.length - LISTED)}</li>}
    </ul>
  );
}

/** Says which parts of a shared link could not be used, instead of failing or silently ignoring them. */
export function UrlNotices({ notices, language }: UrlNoticesProps) {
  const t = MESSAGES[language];
  const [dismissed, setDismissed] = useState<readonly UrlNotice[] | null>(null);
  if (notices.length === 0 || dismissed === notices) return null;
  return (
    <Notice role="alert" title={t.urlNoticeTitle} dismissLabel={t.dismiss} onDismiss={() => setDismissed(notices)}>
      <NoticeList notices={notices} language={language} />
    </Notice>
  );
}
