import { FUNCTION_SCORE_MAX, NINE_FUNCTIONS, RATING_MAX, REFLECTION_PROMPTS } from '@attune/domain';
import { Fragment, useId } from 'react';
import type { ReflectionFieldsFragment } from '../../../generated/graphql';
import '../reflections.css';
import { useReflectionTexts } from '../texts';

export interface ReflectionViewProps {
  reflection: ReflectionFieldsFragment;
  /** Level of the section headings inside (default 2). */
  headingLevel?: 2 | 3 | 4;
}

/** A reflection to read: its ratings, the prompts that were answered, and the functions rated. */
export function ReflectionView({ reflection, headingLevel = 2 }: ReflectionViewProps) {
  const t = useReflectionTexts();
  const H = `h${headingLevel}` as const;
  const ratingsId = useId();
  const answered = REFLECTION_PROMPTS.flatMap((p) => {
    const text = reflection[p];
    return text ? [{ prompt: p, text }] : [];
  });
  const rated = NINE_FUNCTIONS.flatMap((f) => {
    const score = reflection.nineFunctions[f];
    return score === null ? [] : [{ fn: f, score }];
  });
  return (
    <div className="rf-reading at-stack">
      <section aria-labelledby={ratingsId}>
        <H id={ratingsId} className="at-visually-hidden">
          {t.detail.ratingsLabel}
        </H>
        <dl className="app-dl">
          <dt>{t.ratings.attunement.short}</dt>
          <dd>{t.ratings.outOf(reflection.attunement, RATING_MAX)}</dd>
          <dt>{t.ratings.resonance.short}</dt>
          <dd>{t.ratings.outOf(reflection.resonance, RATING_MAX)}</dd>
          {reflection.chaosRigidity !== null ? (
            <>
              <dt>{t.detail.riverPosition}</dt>
              <dd>{t.river.value(reflection.chaosRigidity)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {answered.length === 0 ? <p className="at-muted">{t.detail.nothingWritten}</p> : null}
      {answered.map(({ prompt, text }) => (
        <section key={prompt}>
          <H>{t.prompts[prompt].label}</H>
          <p className="rf-text">{text}</p>
        </section>
      ))}
      {rated.length > 0 ? (
        <section>
          <H>{t.functions.heading}</H>
          <dl className="app-dl">
            {rated.map(({ fn, score }) => (
              <Fragment key={fn}>
                <dt>{t.functions.names[fn]}</dt>
                <dd>{t.ratings.outOf(score, FUNCTION_SCORE_MAX)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
