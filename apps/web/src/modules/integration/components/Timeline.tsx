import { Badge } from '@attune/ui/Badge';
import { Button } from '@attune/ui/Button';
import { EmptyState } from '@attune/ui/PageState';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../app/i18n/I18nProvider';
import type { IntegrationMessages } from '../../../app/i18n/messages/en/integration';
import { useTimeFormat } from '../../../app/time';
import type { TimelineEntry } from '../hooks/useMyIntegration';
import { useIntegrationTexts } from '../texts';

const PAGE = 25;

type KnownKind = keyof IntegrationMessages['timeline']['kinds'];

/** My timeline, newest first: check-ins, goals and steps (and sessions and reflections once they join). */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { locale } = useI18n();
  const tIntegration = useIntegrationTexts();
  const time = useTimeFormat();
  const k = tIntegration.timeline;
  const [shown, setShown] = useState(PAGE);
  const visible = useMemo(() => entries.slice(0, shown), [entries, shown]);

  if (entries.length === 0) return <EmptyState title={k.empty} />;
  const kindLabel = (kind: string): string => (kind in k.kinds ? k.kinds[kind as KnownKind] : k.kinds.OTHER);
  const rest = entries.length - visible.length;
  return (
    <div className="at-stack">
      <ol className="app-timeline" aria-label={k.label}>
        {visible.map((e) => (
          <li key={e.id} className="app-timeline__item">
            <time dateTime={e.occurredAt} className="app-timeline__when">
              {time.dateTime(e.occurredAt)}
            </time>
            <div className="app-timeline__what">
              <Badge tone={e.kind === 'CHECK_IN' ? 'primary' : e.kind.startsWith('GOAL') ? 'success' : 'neutral'}>{kindLabel(e.kind)}</Badge>
              <span className="app-timeline__title">{e.title[locale]}</span>
              {e.detail ? <span className="at-muted">{e.detail[locale]}</span> : null}
            </div>
          </li>
        ))}
      </ol>
      {rest > 0 ? (
        <p>
          <Button variant="secondary" onPress={() => setShown((n) => n + PAGE)}>
            {k.showMore(Math.min(PAGE, rest))}
          </Button>
        </p>
      ) : null}
    </div>
  );
}
