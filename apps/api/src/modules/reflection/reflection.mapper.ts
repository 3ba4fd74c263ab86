import type { PeerResponseModel, ReflectionModel } from './reflection.model';
import type { VisiblePeerResponse, VisibleReflection } from './reflection.service';

/**
 * Exactly what of a reflection goes out — and only ever for a `VisibleReflection`, which the
 * service produces after the §4 check. No entity or raw row reaches GraphQL.
 */
export function toReflection(v: VisibleReflection): ReflectionModel {
  const { row, content } = v;
  return {
    id: row.id,
    session: {
      id: row.session_id,
      teamId: row.team_id,
      title: row.session_title,
      kind: row.session_kind,
      startsAt: row.session_starts_at,
      endsAt: row.session_ends_at,
    },
    author: { id: row.author_id, displayName: row.author_name },
    visibility: content.visibility,
    attunement: content.attunement,
    resonance: content.resonance,
    nineFunctions: { ...content.nineFunctions },
    chaosRigidity: content.chaosRigidity,
    whatHappenedInMe: content.texts.whatHappenedInMe,
    bodySignals: content.texts.bodySignals,
    feelingsNamed: content.texts.feelingsNamed,
    attunementMoments: content.texts.attunementMoments,
    resonanceFromOthers: content.texts.resonanceFromOthers,
    whatINeedNow: content.texts.whatINeedNow,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    isMine: v.viewer.isAuthor,
    canRespond: v.canRespond,
    viewer: v.viewer,
  };
}

export function toPeerResponse(v: VisiblePeerResponse): PeerResponseModel {
  return {
    id: v.row.id,
    reflectionId: v.row.reflection_id,
    author: { id: v.row.author_id, displayName: v.row.author_name },
    text: v.text,
    createdAt: v.row.created_at,
    hidden: v.row.hidden_at !== null,
  };
}
