import { graphql } from '../../../../generated';

export const ExportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData {
      generatedAt
      json
      csv
      files {
        filename
        contentType
        content
      }
    }
  }
`);
