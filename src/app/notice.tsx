import type { ReactNode } from 'react';

interface NoticeProps {
  /** 'alert' for what went wrong, 'status' for what the page did. */
  role: 'alert' | 'status';
  title: string;
  /** The dismiss button's words. */
  dismissLabel: string;
  onDismiss: () => void;
  children: ReactNode;
}

/** A notice above the dashboard: what happened, the details, and a button to put it away. */
export function Notice({ role, title, dismissLabel, onDismiss, children }: NoticeProps) {
  return (
    <div className="notice" role={role}>
      <p>{title}</p>
      {children}
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
