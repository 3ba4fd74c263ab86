import type { ReactNode } from 'react';
import { cx } from './cx';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Announce it to screen readers when it appears: errors as an alert, others as a status.
   * Default: true for errors, false otherwise (a notice present from the start needs no announcement).
   */
  live?: boolean;
  className?: string;
  icon?: ReactNode;
}

const ICONS: Record<NoticeTone, string> = {
  info: 'M12 8h.01M11 12h1v5h1',
  success: 'M7 12.5l3 3 7-7',
  warning: 'M12 8v5M12 16.5h.01',
  error: 'M9 9l6 6M15 9l-6 6',
};

/** A calm message block: information, success, warning or error. */
export function Notice({ tone = 'info', title, children, live, className, icon }: NoticeProps) {
  const announce = live ?? tone === 'error';
  const role = announce ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={cx('at-notice', `at-notice--${tone}`, className)} role={role}>
      {icon ?? (
        <svg className="at-notice__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="1.75" />
          <path d={ICONS[tone]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      )}
      <div className="at-notice__body">
        {title ? <p className="at-notice__title">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
