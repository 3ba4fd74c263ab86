import { graphql } from '../../../../generated';

/** My own reflections (newest session first), narrowed by team, kind, period and search words. */
export const MyReflectionsQuery = graphql(`
  query MyReflections($filter: MyReflectionsFilter, $limit: Int!) {
    myReflections(filter: $filter, limit: $limit) {
      ...ReflectionFields
    }
  }
`);
