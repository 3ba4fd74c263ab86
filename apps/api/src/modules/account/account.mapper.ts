import type { Locale } from '@attune/domain';
import type { AuthUser } from '../../common/context';
import type { MeModel } from './account.model';

/** Exactly the fields of a person's own profile that go out. */
export function toMe(user: AuthUser | { id: string; organisationId: string; email: string; displayName: string; locale: string; timeZone: string }): MeModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as Locale,
    timeZone: user.timeZone,
    organisationId: user.organisationId,
  };
}
