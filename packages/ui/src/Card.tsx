import { useId, type ReactNode } from 'react';
import { cx } from './cx';

export interface CardProps {
  title?: ReactNode;
  /** Heading level of the title (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** Shown beside the title, e.g. a badge or a small action. */
  aside?: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
  as?: 'section' | 'article' | 'div';
  className?: string;
}

/** A surface for one topic; with a title it is a labelled region (section/article). */
export function Card({ title, headingLevel = 2, aside, footer, children, as = 'section', className }: CardProps) {
  const id = useId();
  const Tag = as;
  const H = `h${headingLevel}` as const;
  return (
    <Tag className={cx('at-card', className)} aria-labelledby={title && as !== 'div' ? id : undefined}>
      {title || aside ? (
        <div className="at-card__header">
          {title ? <H id={id}>{title}</H> : null}
          {aside}
        </div>
      ) : null}
      {children}
      {footer ? <div className="at-card__footer">{footer}</div> : null}
    </Tag>
  );
}
