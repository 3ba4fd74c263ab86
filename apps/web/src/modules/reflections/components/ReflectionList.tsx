import { RATING_MAX, REFLECTION_PROMPTS, type ReflectionVisibility } from '@attune/domain';
import { Badge } from '@attune/ui/Badge';
import { Link } from '@attune/ui/Link';
import { useId } from 'react';
import { useTimeFormat } from '../../../app/time';
import type { ReflectionSummary } from '../hooks/useMyReflections';
import { ReflectionActions } from './ReflectionActions';
import '../reflections.css';
import { useReflectionTexts } from '../texts';

export interface ReflectionListProps {
  reflections: readonly ReflectionSummary[];
  /** Team names by id, shown when the person is in more than one team. */
  teamNames?: ReadonlyMap<string, string>;
  onVisibilityChanged: () => void;
  /** After a delete (the item, and the button that had focus, are gone). */
  onDeleted: () => void;
}

function ReflectionItem({
  reflection,
  teamName,
  onVisibilityChanged,
  onDeleted,
}: {
  reflection: ReflectionSummary;
  teamName?: string;
  onVisibilityChanged: (v: ReflectionVisibility) => void;
  onDeleted: () => void;
}) {
  const t = useReflectionTexts();
  const time = useTimeFormat();
  const headingId = useId();
  const { session } = reflection;
  const when = time.range(session.startsAt, session.endsAt);
  const excerpt = REFLECTION_PROMPTS.map((p) => reflection[p]).find((text) => text);
  return (
    <article aria-labelledby={headingId} className="at-stack rf-item">
      <div>
        <h3 id={headingId}>
          <Link href={`/reflections/${reflection.id}`}>{session.title}</Link>
        </h3>
        <p className="rf-meta">
          {session.title !== t.kinds[session.kind] ? <span>{t.kinds[session.kind]}</span> : null}
          <span>{when}</span>
          {teamName ? <span>{teamName}</span> : null}
          <Badge tone={reflection.visibility === 'PRIVATE' ? 'neutral' : 'primary'}>{t.visibility.badge[reflection.visibility]}</Badge>
        </p>
        <p className="rf-meta">
          <span>
            {t.ratings.attunement.short}: {t.ratings.outOf(reflection.attunement, RATING_MAX)}
          </span>
          <span>
            {t.ratings.resonance.short}: {t.ratings.outOf(reflection.resonance, RATING_MAX)}
          </span>
        </p>
        {excerpt ? <p className="rf-excerpt">{excerpt}</p> : null}
      </div>
      <ReflectionActions
        reflection={reflection}
        which={t.list.which(session.title, when)}
        onVisibilityChanged={onVisibilityChanged}
        onDeleted={onDeleted}
      />
    </article>
  );
}

/** My reflections, each with its session, who can read it, its ratings and what I can do with it. */
export function ReflectionList({ reflections, teamNames, onVisibilityChanged, onDeleted }: ReflectionListProps) {
  const t = useReflectionTexts();
  return (
    <ul className="rf-list" aria-label={t.list.heading}>
      {reflections.map((reflection) => (
        <li key={reflection.id}>
          <ReflectionItem
            reflection={reflection}
            teamName={teamNames?.get(reflection.session.teamId)}
            onVisibilityChanged={onVisibilityChanged}
            onDeleted={onDeleted}
          />
        </li>
      ))}
    </ul>
  );
}
