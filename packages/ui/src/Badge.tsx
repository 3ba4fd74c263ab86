import type { ReactNode } from 'react';
import { cx } from './cx';

export type BadgeTone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger';

/** A small label (role, status). Colour is never the only signal: the text says it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={cx('at-badge', tone !== 'neutral' && `at-badge--${tone}`)}>{children}</span>;
}
