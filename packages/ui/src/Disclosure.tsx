import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Disclosure as AriaDisclosure,
  DisclosurePanel,
  Heading,
} from 'react-aria-components';
import { cx } from './cx';

export interface DisclosureProps {
  /** The text of the button that shows and hides the content. */
  title: ReactNode;
  /** A short line under the button, visible while folded (e.g. "optional, any may be skipped"). */
  summary?: ReactNode;
  children: ReactNode;
  /** Heading level around the button (default 3). */
  headingLevel?: 2 | 3 | 4;
  /** Controlled; leave out to let the disclosure keep its own state. */
  isExpanded?: boolean;
  onExpandedChange?: (isExpanded: boolean) => void;
  defaultExpanded?: boolean;
  className?: string;
}

/**
 * Content folded away behind a button (React Aria Disclosure): the button says whether it is
 * open (aria-expanded) and controls the panel; Enter or Space toggles it.
 */
export function Disclosure({
  title,
  summary,
  children,
  headingLevel = 3,
  isExpanded,
  onExpandedChange,
  defaultExpanded,
  className,
}: DisclosureProps) {
  return (
    <AriaDisclosure
      isExpanded={isExpanded}
      onExpandedChange={onExpandedChange}
      defaultExpanded={defaultExpanded}
      className={cx('at-disclosure', className)}
    >
      <Heading level={headingLevel} className="at-disclosure__heading">
        <AriaButton slot="trigger" className="at-disclosure__trigger">
          <svg className="at-disclosure__chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {title}
        </AriaButton>
      </Heading>
      {summary ? <p className="at-disclosure__summary at-description">{summary}</p> : null}
      <DisclosurePanel className="at-disclosure__panel">{children}</DisclosurePanel>
    </AriaDisclosure>
  );
}
