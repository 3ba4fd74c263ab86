import type { ApolloServerPlugin } from '@apollo/server';
import { queryCountStore } from '../database/query-counter';

/** Adds `x-sql-statements` to every GraphQL response: the SQL statements the request ran. */
export function queryCountPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        const store = queryCountStore.getStore();
        if (store) response.http.headers.set('x-sql-statements', String(store.count));
      },
    }),
  };
}
