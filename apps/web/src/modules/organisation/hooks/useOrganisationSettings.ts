import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { OrganisationSettingsFieldsFragment, SupportResourceInput } from '../../../generated/graphql';
import { failure, toAppError, type AppError, type Result } from '../../../app/result';
import { UpdateOrganisationSettingsMutation } from '../graphql/mutations/updateOrganisationSettings';
import { OrganisationSettingsQuery } from '../graphql/queries/organisationSettings';

export type OrganisationSettings = OrganisationSettingsFieldsFragment;
export type SupportResource = OrganisationSettings['supportResources'][number];

/** k and the support resources of my organisation (org admins). */
export function useOrganisationSettings(options: { skip?: boolean } = {}): {
  settings: OrganisationSettings | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useQuery(OrganisationSettingsQuery, { skip: options.skip });
  return { settings: data?.organisationSettings, loading, error: error ? toAppError(error) : null, refetch: () => void refetch() };
}

/** Changes k and/or replaces the whole list of support resources; the page shows the answer. */
export function useUpdateOrganisationSettings(): {
  update: (input: { anonymityThreshold?: number; supportResources?: SupportResourceInput[] }) => Promise<Result<OrganisationSettings>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(UpdateOrganisationSettingsMutation);
  const update = useCallback(
    async (input: { anonymityThreshold?: number; supportResources?: SupportResourceInput[] }): Promise<Result<OrganisationSettings>> => {
      try {
        const { data } = await mutate({
          variables: { input },
          update(cache, { data: result }) {
            if (result) cache.writeQuery({ query: OrganisationSettingsQuery, data: { organisationSettings: result.updateOrganisationSettings } });
            // The audit log has a new entry.
            cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
            cache.gc();
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.updateOrganisationSettings };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { update, loading };
}
