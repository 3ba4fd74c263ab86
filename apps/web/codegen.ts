import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the checked-in schema (no running server needed): `npm run codegen`. */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/modules/**/graphql/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
