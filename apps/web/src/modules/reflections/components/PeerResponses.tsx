import { Badge } from '@attune/ui/Badge';
import { Button } from '@attune/ui/Button';
import { Notice } from '@attune/ui/Notice';
import { useId, useState } from 'react';
import { useTimeFormat } from '../../../app/time';
import { usePeerResponseVisibility } from '../hooks/usePeerResponseVisibility';
import type { ReflectionDetail } from '../hooks/useReflection';
import { RespondForm } from './RespondForm';
import '../reflections.css';
import { useReflectionTexts } from '../texts';

export interface PeerResponsesProps {
  reflection: ReflectionDetail;
  headingLevel?: 2 | 3 | 4;
  /** Draw a line above (when it follows the reflection in the same card). */
  separated?: boolean;
}

/**
 * The responses to a reflection that I may see. Its author sees hidden ones too (marked) and can
 * hide or show each; a peer who can see the reflection can add one.
 */
export function PeerResponses({ reflection, headingLevel = 2, separated = false }: PeerResponsesProps) {
  const t = useReflectionTexts().responses;
  const time = useTimeFormat();
  const { setHidden } = usePeerResponseVisibility();
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const H = `h${headingLevel}` as const;

  const toggle = async (id: string, hidden: boolean): Promise<void> => {
    setFailed(false);
    setPending(id);
    const result = await setHidden(id, hidden);
    setPending(null);
    if (!result.ok) setFailed(true);
  };

  const { responses } = reflection;
  return (
    <section className={separated ? 'at-stack rf-responses' : 'at-stack'} aria-labelledby={headingId}>
      <H id={headingId}>{t.heading}</H>
      {failed ? <Notice tone="error" title={t.hideFailed} /> : null}
      {responses.length === 0 ? (
        <p className="at-muted">{reflection.isMine && reflection.visibility === 'PRIVATE' ? t.noneShared : t.none}</p>
      ) : (
        <ul className="rf-list" aria-labelledby={headingId}>
          {responses.map((response) => (
            <li key={response.id} className={response.hidden ? 'rf-response rf-response--hidden' : 'rf-response'}>
              <p className="rf-meta">
                <strong>{response.author.displayName}</strong>
                <span>{time.dateTime(response.createdAt)}</span>
                {response.hidden ? <Badge tone="warning">{t.hidden}</Badge> : null}
              </p>
              <p className="rf-text">{response.text}</p>
              {response.hidden ? <p className="at-muted">{t.hiddenNote}</p> : null}
              {reflection.isMine ? (
                <Button
                  variant="quiet"
                  size="sm"
                  isPending={pending === response.id}
                  onPress={() => void toggle(response.id, !response.hidden)}
                >
                  {response.hidden ? t.unhide : t.hide}{' '}
                  <span className="at-visually-hidden">{t.which(response.author.displayName)}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {reflection.canRespond ? <RespondForm reflectionId={reflection.id} authorName={reflection.author.displayName} /> : null}
    </section>
  );
}
