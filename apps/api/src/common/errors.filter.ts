import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from '@attune/domain';

/** PostgreSQL error codes that mean the request conflicts with the data, or is malformed. */
const PG_CONFLICT = new Set(['23505', '23P01', '40001', '40P01', '55P03']);
const PG_BAD_INPUT = new Set(['22P02', '22007', '22008', '22003', '22001', '22023', '23514', '23502', '22021']);

/** Errors that mean PostgreSQL is unreachable or restarting: the request may be retried. */
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/u;

function isUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as Error & { code?: string; driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
  return (typeof code === 'string' && PG_UNAVAILABLE.has(code)) || UNAVAILABLE_MESSAGE.test(e.message);
}

export interface MappedError {
  code: ErrorCode | 'BAD_REQUEST' | 'INTERNAL_SERVER_ERROR' | 'SERVICE_UNAVAILABLE';
  message: string;
  field?: string;
  details?: Readonly<Record<string, string | number | boolean>>;
  /** The HTTP status to answer with, when the code alone does not say (e.g. 413). */
  httpStatus?: number;
}

/**
 * A client error raised by the HTTP layer before any route runs: the body parser's `http-errors`
 * (413 `entity.too.large`, 415 unsupported charset or encoding, 400 for a body that does not
 * inflate …), marked `expose: true` with a 4xx `status`. Refused with its own status, never a 500.
 */
function httpClientError(e: unknown): { status: number; type: string | undefined } | null {
  if (!(e instanceof Error)) return null;
  const { status, type, expose } = e as Error & { status?: unknown; type?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || expose !== true) return null;
  return { status, type: typeof type === 'string' ? type : undefined };
}

const BODY_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  'entity.too.large': 'The request body is too large',
  'parameters.too.many': 'The request has too many parameters',
  'encoding.unsupported': 'The request body encoding is not supported',
  'charset.unsupported': 'The request body character set is not supported',
};

const HTTP_STATUS: Readonly<Record<MappedError['code'], number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** Constraint names → the message a person reads. Feature modules add theirs. */
export const constraintMessages = new Map<string, string>();

export function mapError(e: unknown): MappedError | null {
  if (e instanceof DomainError) {
    return { code: e.code, message: e.message, details: e.details, ...(e.field ? { field: e.field } : {}) };
  }
  if (isUnavailable(e)) return { code: 'SERVICE_UNAVAILABLE', message: 'The service is briefly unavailable; please try again' };
  if (e instanceof QueryFailedError) {
    const driver = (e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
    const pgCode = driver?.code ?? '';
    const constraint = driver?.constraint;
    const friendly = constraint ? constraintMessages.get(constraint) : undefined;
    if (PG_CONFLICT.has(pgCode)) {
      return { code: 'CONFLICT', message: friendly ?? 'This conflicts with the current state; please reload and try again' };
    }
    if (PG_BAD_INPUT.has(pgCode)) return { code: 'BAD_USER_INPUT', message: friendly ?? 'Some of the input is not valid' };
    return null;
  }
  const client = httpClientError(e);
  if (client) {
    if (client.status === 404) return { code: 'NOT_FOUND', message: 'Not found' };
    const message = (client.type && BODY_ERROR_MESSAGES[client.type]) ?? 'The request could not be read';
    return { code: 'BAD_REQUEST', message, httpStatus: client.status };
  }
  if (e instanceof HttpException) {
    const status = e.getStatus();
    if (status === 401) return { code: 'UNAUTHENTICATED', message: 'Please log in' };
    if (status === 403) return { code: 'FORBIDDEN', message: 'You do not have access to this' };
    if (status === 404) return { code: 'NOT_FOUND', message: 'Not found' };
    if (status === 409) return { code: 'CONFLICT', message: e.message };
    if (status >= 400 && status < 500) return { code: 'BAD_USER_INPUT', message: e.message };
  }
  return null;
}

/**
 * The one place errors become API errors: domain codes map one-to-one, database constraint
 * violations become CONFLICT / BAD_USER_INPUT, anything else is logged and masked.
 */
@Catch()
export class ErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (exception instanceof GraphQLError) return exception;
    const mapped = mapError(exception);
    if (!mapped) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const result: MappedError = mapped ?? { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side' };

    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(result.message, {
        extensions: { ...result.details, code: result.code, ...(result.field ? { field: result.field } : {}) },
      });
    }
    const res = host.switchToHttp().getResponse<Response>();
    const status = result.httpStatus ?? HTTP_STATUS[result.code];
    if (!res.headersSent) res.status(status).json({ error: { code: result.code, message: result.message } });
    return undefined;
  }
}
