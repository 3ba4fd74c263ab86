import {
  DISPLAY_NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  normaliseEmail,
  validateName,
} from '@attune/domain';
import type { Messages } from './i18n/messages/en';
import type { AppError } from './result';

/**
 * Field checks for forms, built on the same domain rules the API applies, returning the
 * reader's language. Each returns null when the value is fine.
 */
export function emailProblem(t: Messages, value: string): string | null {
  if (value.trim() === '') return t.validation.required;
  try {
    normaliseEmail(value);
    return null;
  } catch {
    return t.validation.email;
  }
}

export function newPasswordProblem(t: Messages, value: string): string | null {
  if (value === '') return t.validation.required;
  if (value.length < PASSWORD_MIN_LENGTH) return t.validation.passwordTooShort(PASSWORD_MIN_LENGTH);
  if (value.length > PASSWORD_MAX_LENGTH) return t.validation.passwordTooLong(PASSWORD_MAX_LENGTH);
  return null;
}

export function nameProblem(t: Messages, value: string): string | null {
  if (value.trim() === '') return t.validation.required;
  if (value.trim().replace(/\s+/gu, ' ').length > DISPLAY_NAME_MAX_LENGTH) return t.validation.nameTooLong(DISPLAY_NAME_MAX_LENGTH);
  try {
    validateName(value, 'name');
    return null;
  } catch {
    return t.validation.nameInvalid;
  }
}

/**
 * A server BAD_USER_INPUT as `{ [field]: text }` for a form's `validationErrors`, using the
 * given texts per field (the server's own message is English and not shown).
 */
export function fieldErrors(error: AppError | null, texts: Record<string, string>): Record<string, string> {
  if (!error || error.code !== 'BAD_USER_INPUT' || !error.field) return {};
  const text = texts[error.field];
  return text ? { [error.field]: text } : {};
}
