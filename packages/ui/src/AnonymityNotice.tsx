import type { ReactNode } from 'react';
import { Notice } from './Notice';

export interface AnonymityNoticeProps {
  /** E.g. "Not enough responses to protect anonymity". */
  title: ReactNode;
  /** Optional explanation, e.g. "Figures appear once at least 5 people have responded." */
  children?: ReactNode;
}

/**
 * Stands in for a suppressed aggregate (fewer than k respondents). It shows no figures at all,
 * on purpose: not even a count.
 */
export function AnonymityNotice({ title, children }: AnonymityNoticeProps) {
  return (
    <Notice
      tone="info"
      className="at-anonymity"
      title={title}
      icon={
        <svg className="at-notice__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect x="5" y="10.5" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.75" />
          <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" fill="none" stroke="currentColor" strokeWidth="1.75" />
        </svg>
      }
    >
      {children ? <p>{children}</p> : null}
    </Notice>
  );
}
