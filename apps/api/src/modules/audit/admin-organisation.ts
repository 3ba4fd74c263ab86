import { badInput, forbidden } from '@attune/domain';
import type { AccessService } from '../../common/access.service';
import type { GqlContext } from '../../common/context';

/**
 * The organisation an org-admin operation acts on: the one asked for (which the caller must
 * administer), or the only one they administer.
 */
export async function adminOrganisation(access: AccessService, ctx: GqlContext, requested?: string | null): Promise<string> {
  const admin = (await access.forContext(ctx)).adminOrganisationIds;
  if (requested) {
    const id = requested.toLowerCase();
    if (!admin.has(id)) throw forbidden('Only an organisation admin can do this');
    return id;
  }
  if (admin.size === 0) throw forbidden('Only an organisation admin can do this');
  if (admin.size > 1) throw badInput('organisationId', 'Choose the organisation');
  return [...admin][0] as string;
}
