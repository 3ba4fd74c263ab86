import { Badge, type BadgeTone } from '@attune/ui/Badge';
import { Button } from '@attune/ui/Button';
import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { useEffect, useRef } from 'react';
import type { Who5Band } from '../../../generated/graphql';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import type { CheckInFeedback } from '../hooks/useSubmitCheckIn';
import { SupportResourceList } from './SupportResourceList';
import { useCheckInTexts } from '../texts';

const BAND_TONE: Record<Who5Band, BadgeTone> = { OK: 'success', LOW: 'warning', NEEDS_SUPPORT: 'primary' };

export interface CheckInFeedbackViewProps {
  feedback: CheckInFeedback;
  onChangeAnswers: () => void;
}

/**
 * What the member sees right after checking in, and nobody else: the score, the band, the
 * trend against the last four, one gentle suggestion, and — by band — a peer talk or session
 * (below 50) or the organisation's support resources (28 or lower). No streaks, no judgement.
 */
export function CheckInFeedbackView({ feedback, onChangeAnswers }: CheckInFeedbackViewProps) {
  const { locale } = useI18n();
  const tCheckIn = useCheckInTexts();
  const f = tCheckIn.feedback;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const number = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
  const { trend, suggestion } = feedback;
  const trendText =
    trend.direction === 'FIRST' || trend.previousMean === null
      ? f.trend.FIRST
      : trend.direction === 'STEADY'
        ? f.trend.STEADY(trend.comparedWith, number.format(trend.previousMean))
        : f.trend[trend.direction](trend.comparedWith, number.format(trend.previousMean), number.format(Math.abs(trend.change ?? 0)));
  const standingOut = suggestion.standingOut.map((s) => tCheckIn.scaleNames[s].toLowerCase());
  const needsSupport = suggestion.nextStep === 'SUPPORT_RESOURCES' || feedback.band === 'NEEDS_SUPPORT';

  return (
    <div className="at-stack app-checkin-feedback">
      <Card>
        <h2 ref={headingRef} tabIndex={-1}>
          {f.title}
        </h2>
        {feedback.replacedEarlierToday ? <p>{f.replaced}</p> : null}
        <div className="app-checkin-score">
          <p className="app-checkin-score__label">{f.score}</p>
          <p className="app-checkin-score__value">{f.scoreValue(feedback.score)}</p>
        </div>
        <p className="app-checkin-band">
          <Badge tone={BAND_TONE[feedback.band]}>{f.bandName[feedback.band]}</Badge> {f.band[feedback.band]}
        </p>
        <h3>{f.trendHeading}</h3>
        <p>{trendText}</p>
        <p className="at-muted">{f.onlyYou}</p>
      </Card>

      {needsSupport ? (
        <Card title={f.supportHeading} className="app-checkin-support">
          {suggestion.nextStepText ? <p>{suggestion.nextStepText[locale]}</p> : null}
          {feedback.supportResources.length > 0 ? (
            <SupportResourceList resources={feedback.supportResources} label={f.supportList} />
          ) : (
            <p>{f.noResources}</p>
          )}
          <p>
            <LinkButton href="/sessions" variant="secondary">
              {f.bookSession}
            </LinkButton>
          </p>
        </Card>
      ) : null}

      <Card title={f.suggestionHeading} aside={<Badge>{f.condition[suggestion.condition]}</Badge>}>
        {standingOut.length > 0 ? <p className="at-muted">{f.standingOut(standingOut.join(', '))}</p> : null}
        <p>{suggestion.text[locale]}</p>
      </Card>

      {!needsSupport && suggestion.nextStep === 'PEER_TALK_OR_SESSION' ? (
        <Card title={f.peerTalkHeading}>
          {suggestion.nextStepText ? <p>{suggestion.nextStepText[locale]}</p> : null}
          <p>
            <LinkButton href="/sessions" variant="primary">
              {f.bookSession}
            </LinkButton>
          </p>
        </Card>
      ) : null}

      <div className="at-form__actions">
        <Button variant="secondary" onPress={onChangeAnswers}>
          {f.again}
        </Button>
        <LinkButton href="/integration" variant="quiet">
          {f.toIntegration}
        </LinkButton>
      </div>
    </div>
  );
}
