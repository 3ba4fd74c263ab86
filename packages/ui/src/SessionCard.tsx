import { useId, type ReactNode } from 'react';
import { Badge, type BadgeTone } from './Badge';

export interface SessionCardDetail {
  /** Term, e.g. "Where". */
  label: string;
  value: ReactNode;
}

export interface SessionCardProps {
  title: ReactNode;
  /** E.g. "Care session" / "Zorgsessie". */
  kindLabel: string;
  /** Start as ISO-8601, for the `<time>` element. */
  startsAt: string;
  /** The formatted date and time range in the reader's zone, e.g. "Tue 10 March, 15:00–16:30". */
  when: string;
  details?: readonly SessionCardDetail[];
  status?: { label: string; tone: BadgeTone };
  /** Buttons for this session, e.g. Book / Cancel booking. */
  actions?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
}

/** One scheduled session: kind, when, where and the reader's status, with its actions. */
export function SessionCard({
  title,
  kindLabel,
  startsAt,
  when,
  details = [],
  status,
  actions,
  headingLevel = 3,
  children,
}: SessionCardProps) {
  const id = useId();
  const H = `h${headingLevel}` as const;
  return (
    <article className="at-card at-session-card" aria-labelledby={id}>
      <div className="at-card__header">
        <H id={id}>{title}</H>
        <span>
          <Badge tone="primary">{kindLabel}</Badge> {status ? <Badge tone={status.tone}>{status.label}</Badge> : null}
        </span>
      </div>
      <p>
        <time dateTime={startsAt}>{when}</time>
      </p>
      {details.length > 0 ? (
        <dl className="at-session-card__meta">
          {details.map((d) => (
            <div key={d.label} style={{ display: 'contents' }}>
              <dt>{d.label}</dt>
              <dd>{d.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
      {actions ? <div className="at-card__footer">{actions}</div> : null}
    </article>
  );
}
