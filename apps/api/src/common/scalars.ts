import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { isoInstant } from '@attune/domain';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/u;

function badDate(value: unknown): GraphQLError {
  const shown = typeof value === 'string' ? value.slice(0, 40) : typeof value;
  return new GraphQLError(`Expected an ISO-8601 date-time with offset, got ${JSON.stringify(shown)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40 || !ISO_WITH_OFFSET.test(value)) throw badDate(value);
  const d = new Date(value);
  const year = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || year < 1900 || year > 2200) throw badDate(value);
  return d;
}

/** Date-time in ISO-8601 with an offset (e.g. 2026-03-10T15:00:00+01:00); answers in UTC (Z). */
@Scalar('DateTime', () => Date)
export class DateTimeScalar implements CustomScalar<string, Date> {
  description = 'ISO-8601 date-time with offset, e.g. 2026-03-10T15:00:00+01:00';

  parseValue(value: unknown): Date {
    return parseDateTime(value);
  }

  serialize(value: unknown): string {
    // As Date#toISOString writes it, at a third of the cost (every timestamp of an answer comes here).
    if (value instanceof Date) return isoInstant(value.getTime());
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime cannot represent this value');
  }

  parseLiteral(ast: ValueNode): Date {
    if (ast.kind !== Kind.STRING) throw badDate(undefined);
    return parseDateTime(ast.value);
  }
}
