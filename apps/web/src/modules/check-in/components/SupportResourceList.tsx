import type { SupportResourceFieldsFragment } from '../../../generated/graphql';
import { useCheckInTexts } from '../texts';

/** Where to turn: names, phone numbers as tel: links, websites. */
export function SupportResourceList({ resources, label }: { resources: readonly SupportResourceFieldsFragment[]; label: string }) {
  const tCheckIn = useCheckInTexts();
  const f = tCheckIn.feedback;
  return (
    <ul className="app-support-list" aria-label={label}>
      {resources.map((r, i) => (
        <li key={`${i}-${r.name}`}>
          <p className="app-support-list__name">{r.name}</p>
          {r.description ? <p className="app-support-list__description">{r.description}</p> : null}
          <p className="app-support-list__links">
            {r.phone ? (
              <a className="at-button at-button--secondary at-button--sm" href={`tel:${r.phone.replace(/[^0-9+]/gu, '')}`}>
                {f.call(r.phone)}
              </a>
            ) : null}
            {r.url ? (
              <a className="at-link" href={r.url} target="_blank" rel="noopener noreferrer">
                {f.website(r.name)}
              </a>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
