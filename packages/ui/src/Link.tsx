import type { ReactNode } from 'react';
import { Link as AriaLink, type LinkProps as AriaLinkProps } from 'react-aria-components';
import type { ButtonVariant } from './Button';
import { cx } from './cx';

export interface LinkProps extends Omit<AriaLinkProps, 'className' | 'children'> {
  className?: string;
  children?: ReactNode;
}

/**
 * A link. Inside the app's React Aria `RouterProvider`, internal `href`s navigate client-side.
 */
export function Link({ className, ...props }: LinkProps) {
  return <AriaLink {...props} className={cx('at-link', className)} />;
}

export interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
}

/** A link that looks like a button (for navigation, not actions). */
export function LinkButton({ variant = 'secondary', size = 'md', className, ...props }: LinkButtonProps) {
  return (
    <AriaLink
      {...props}
      className={cx('at-button', `at-button--${variant}`, size === 'sm' && 'at-button--sm', className)}
    />
  );
}
