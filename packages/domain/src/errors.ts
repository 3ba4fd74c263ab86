/** The error codes the public GraphQL API promises (PRODUCT.md §5). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected failure with a code the API maps one-to-one onto a GraphQL error. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  /** For BAD_USER_INPUT: the offending input field (dotted path). */
  readonly field: string | undefined;
  /** Further machine-readable detail for clients (e.g. `reason`, `retryAfterSeconds`). */
  readonly details: Readonly<Record<string, string | number | boolean>>;

  constructor(
    code: ErrorCode,
    message: string,
    field?: string,
    details: Readonly<Record<string, string | number | boolean>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.details = details;
  }
}

export const badInput = (field: string, message: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
export const notFound = (what: string): DomainError => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You do not have access to this'): DomainError =>
  new DomainError(ErrorCode.FORBIDDEN, message);
export const conflict = (message: string): DomainError => new DomainError(ErrorCode.CONFLICT, message);
export const unauthenticated = (message = 'Please log in'): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
