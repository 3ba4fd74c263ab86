import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { Messages } from './i18n/messages/en';

/** The error codes the API promises, plus what can go wrong on the way. */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NETWORK'
  | 'UNKNOWN';

export interface AppError {
  code: AppErrorCode;
  /** The server's message (English); show translated texts instead, chosen by code/field/reason. */
  message: string;
  /** For BAD_USER_INPUT: the offending input field. */
  field?: string;
  /** Extra reason, e.g. RATE_LIMITED on login. */
  reason?: string;
  retryAfterSeconds?: number;
}

/** What a feature hook's action returns: never throws for expected failures. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

const KNOWN = new Set<AppErrorCode>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** Turns whatever Apollo gives (GraphQL errors, HTTP or network failures) into an AppError. */
export function toAppError(error: unknown): AppError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof ext.code === 'string' && KNOWN.has(ext.code as AppErrorCode) ? (ext.code as AppErrorCode) : 'UNKNOWN';
    return {
      code,
      message: first?.message ?? error.message,
      ...(typeof ext.field === 'string' ? { field: ext.field } : {}),
      ...(typeof ext.reason === 'string' ? { reason: ext.reason } : {}),
      ...(typeof ext.retryAfterSeconds === 'number' ? { retryAfterSeconds: ext.retryAfterSeconds } : {}),
    };
  }
  if (ServerError.is(error)) {
    return { code: error.statusCode >= 500 || error.statusCode === 0 ? 'NETWORK' : 'UNKNOWN', message: error.message };
  }
  if (ServerParseError.is(error)) return { code: 'NETWORK', message: error.message };
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message };
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) };
}

export function failure(error: unknown): { ok: false; error: AppError } {
  return { ok: false, error: toAppError(error) };
}

/** A general, translated sentence for an error; pages add more specific ones where they know more. */
export function errorText(t: Messages, error: AppError): string {
  switch (error.code) {
    case 'NETWORK':
      return t.errors.network;
    case 'FORBIDDEN':
      return t.errors.forbidden;
    case 'NOT_FOUND':
      return t.errors.notFound;
    case 'CONFLICT':
      return t.errors.conflict;
    case 'UNAUTHENTICATED':
      return t.errors.unauthenticated;
    case 'BAD_USER_INPUT':
      return t.errors.badInput;
    default:
      return t.errors.unknown;
  }
}
