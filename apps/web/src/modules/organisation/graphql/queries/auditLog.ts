import { graphql } from '../../../../generated';

/** My organisation's audit log, newest first; `before` pages to older entries (org admins). */
export const AuditLogQuery = graphql(`
  query AuditLog($limit: Int!, $before: ID) {
    auditLog(limit: $limit, before: $before) {
      id
      occurredAt
      action
      actorId
      actorName
      teamId
      teamName
      details
    }
  }
`);
