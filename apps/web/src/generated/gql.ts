/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on Me {\n    id\n    email\n    displayName\n    locale\n    timeZone\n    isOrgAdmin\n    organisationId\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  fragment PeerResponseFields on PeerResponse {\n    id\n    reflectionId\n    text\n    hidden\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.PeerResponseFieldsFragmentDoc,
    "\n  fragment ReflectionFields on Reflection {\n    id\n    visibility\n    attunement\n    resonance\n    chaosRigidity\n    whatHappenedInMe\n    bodySignals\n    feelingsNamed\n    attunementMoments\n    resonanceFromOthers\n    whatINeedNow\n    nineFunctions {\n      bodyRegulation\n      attunedCommunication\n      emotionalBalance\n      fearModulation\n      responseFlexibility\n      insight\n      empathy\n      morality\n      intuition\n    }\n    isMine\n    canRespond\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    session {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      teamId\n    }\n  }\n": typeof types.ReflectionFieldsFragmentDoc,
    "\n  mutation DeleteReflection($id: ID!) {\n    deleteReflection(id: $id)\n  }\n": typeof types.DeleteReflectionDocument,
    "\n  mutation HidePeerResponse($id: ID!) {\n    hidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n": typeof types.HidePeerResponseDocument,
    "\n  mutation RespondToReflection($reflectionId: ID!, $text: String!) {\n    respondToReflection(reflectionId: $reflectionId, text: $text) {\n      ...PeerResponseFields\n    }\n  }\n": typeof types.RespondToReflectionDocument,
    "\n  mutation UnhidePeerResponse($id: ID!) {\n    unhidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n": typeof types.UnhidePeerResponseDocument,
    "\n  mutation UpdateReflection($id: ID!, $input: UpdateReflectionInput!) {\n    updateReflection(id: $id, input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": typeof types.UpdateReflectionDocument,
    "\n  mutation WriteReflection($input: WriteReflectionInput!) {\n    writeReflection(input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": typeof types.WriteReflectionDocument,
    "\n  query MyReflections($filter: MyReflectionsFilter, $limit: Int!) {\n    myReflections(filter: $filter, limit: $limit) {\n      ...ReflectionFields\n    }\n  }\n": typeof types.MyReflectionsDocument,
    "\n  query ReflectableSessions {\n    myBookings {\n      id\n      status\n      session {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        cancelledAt\n        canReflect\n        myReflection {\n          id\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReflectableSessionsDocument,
    "\n  query Reflection($id: ID!) {\n    reflection(id: $id) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": typeof types.ReflectionDocument,
    "\n  query SessionToReflectOn($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      cancelledAt\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionToReflectOnDocument,
    "\n  query SharedReflections($sessionId: ID!) {\n    sharedReflections(sessionId: $sessionId) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": typeof types.SharedReflectionsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    teamId\n    email\n    role\n    createdAt\n    expiresAt\n    acceptedAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    timeZone\n    myRole\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.TeamSummaryFieldsFragmentDoc,
    "\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      ...MeFields\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  mutation InviteMember($teamId: ID!, $email: String!, $role: TeamRole!) {\n    inviteMember(teamId: $teamId, email: $email, role: $role) {\n      ...InvitationFields\n      acceptUrl\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      teamName\n      organisationName\n      role\n      expiresAt\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query MyTeams {\n    myTeams {\n      ...TeamSummaryFields\n    }\n  }\n": typeof types.MyTeamsDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummaryFields\n      members {\n        id\n        teamId\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  query TeamInvitations($id: ID!) {\n    team(id: $id) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.TeamInvitationsDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on Me {\n    id\n    email\n    displayName\n    locale\n    timeZone\n    isOrgAdmin\n    organisationId\n  }\n": types.MeFieldsFragmentDoc,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  fragment PeerResponseFields on PeerResponse {\n    id\n    reflectionId\n    text\n    hidden\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.PeerResponseFieldsFragmentDoc,
    "\n  fragment ReflectionFields on Reflection {\n    id\n    visibility\n    attunement\n    resonance\n    chaosRigidity\n    whatHappenedInMe\n    bodySignals\n    feelingsNamed\n    attunementMoments\n    resonanceFromOthers\n    whatINeedNow\n    nineFunctions {\n      bodyRegulation\n      attunedCommunication\n      emotionalBalance\n      fearModulation\n      responseFlexibility\n      insight\n      empathy\n      morality\n      intuition\n    }\n    isMine\n    canRespond\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    session {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      teamId\n    }\n  }\n": types.ReflectionFieldsFragmentDoc,
    "\n  mutation DeleteReflection($id: ID!) {\n    deleteReflection(id: $id)\n  }\n": types.DeleteReflectionDocument,
    "\n  mutation HidePeerResponse($id: ID!) {\n    hidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n": types.HidePeerResponseDocument,
    "\n  mutation RespondToReflection($reflectionId: ID!, $text: String!) {\n    respondToReflection(reflectionId: $reflectionId, text: $text) {\n      ...PeerResponseFields\n    }\n  }\n": types.RespondToReflectionDocument,
    "\n  mutation UnhidePeerResponse($id: ID!) {\n    unhidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n": types.UnhidePeerResponseDocument,
    "\n  mutation UpdateReflection($id: ID!, $input: UpdateReflectionInput!) {\n    updateReflection(id: $id, input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": types.UpdateReflectionDocument,
    "\n  mutation WriteReflection($input: WriteReflectionInput!) {\n    writeReflection(input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": types.WriteReflectionDocument,
    "\n  query MyReflections($filter: MyReflectionsFilter, $limit: Int!) {\n    myReflections(filter: $filter, limit: $limit) {\n      ...ReflectionFields\n    }\n  }\n": types.MyReflectionsDocument,
    "\n  query ReflectableSessions {\n    myBookings {\n      id\n      status\n      session {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        cancelledAt\n        canReflect\n        myReflection {\n          id\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReflectableSessionsDocument,
    "\n  query Reflection($id: ID!) {\n    reflection(id: $id) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": types.ReflectionDocument,
    "\n  query SessionToReflectOn($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      cancelledAt\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.SessionToReflectOnDocument,
    "\n  query SharedReflections($sessionId: ID!) {\n    sharedReflections(sessionId: $sessionId) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n": types.SharedReflectionsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    teamId\n    email\n    role\n    createdAt\n    expiresAt\n    acceptedAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    timeZone\n    myRole\n    organisation {\n      id\n      name\n    }\n  }\n": types.TeamSummaryFieldsFragmentDoc,
    "\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      ...MeFields\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  mutation InviteMember($teamId: ID!, $email: String!, $role: TeamRole!) {\n    inviteMember(teamId: $teamId, email: $email, role: $role) {\n      ...InvitationFields\n      acceptUrl\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      teamName\n      organisationName\n      role\n      expiresAt\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query MyTeams {\n    myTeams {\n      ...TeamSummaryFields\n    }\n  }\n": types.MyTeamsDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummaryFields\n      members {\n        id\n        teamId\n        displayName\n        role\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  query TeamInvitations($id: ID!) {\n    team(id: $id) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n": types.TeamInvitationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    id\n    email\n    displayName\n    locale\n    timeZone\n    isOrgAdmin\n    organisationId\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    id\n    email\n    displayName\n    locale\n    timeZone\n    isOrgAdmin\n    organisationId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerResponseFields on PeerResponse {\n    id\n    reflectionId\n    text\n    hidden\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PeerResponseFields on PeerResponse {\n    id\n    reflectionId\n    text\n    hidden\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReflectionFields on Reflection {\n    id\n    visibility\n    attunement\n    resonance\n    chaosRigidity\n    whatHappenedInMe\n    bodySignals\n    feelingsNamed\n    attunementMoments\n    resonanceFromOthers\n    whatINeedNow\n    nineFunctions {\n      bodyRegulation\n      attunedCommunication\n      emotionalBalance\n      fearModulation\n      responseFlexibility\n      insight\n      empathy\n      morality\n      intuition\n    }\n    isMine\n    canRespond\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    session {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      teamId\n    }\n  }\n"): (typeof documents)["\n  fragment ReflectionFields on Reflection {\n    id\n    visibility\n    attunement\n    resonance\n    chaosRigidity\n    whatHappenedInMe\n    bodySignals\n    feelingsNamed\n    attunementMoments\n    resonanceFromOthers\n    whatINeedNow\n    nineFunctions {\n      bodyRegulation\n      attunedCommunication\n      emotionalBalance\n      fearModulation\n      responseFlexibility\n      insight\n      empathy\n      morality\n      intuition\n    }\n    isMine\n    canRespond\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    session {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      teamId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReflection($id: ID!) {\n    deleteReflection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteReflection($id: ID!) {\n    deleteReflection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePeerResponse($id: ID!) {\n    hidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation HidePeerResponse($id: ID!) {\n    hidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToReflection($reflectionId: ID!, $text: String!) {\n    respondToReflection(reflectionId: $reflectionId, text: $text) {\n      ...PeerResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToReflection($reflectionId: ID!, $text: String!) {\n    respondToReflection(reflectionId: $reflectionId, text: $text) {\n      ...PeerResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhidePeerResponse($id: ID!) {\n    unhidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhidePeerResponse($id: ID!) {\n    unhidePeerResponse(id: $id) {\n      ...PeerResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReflection($id: ID!, $input: UpdateReflectionInput!) {\n    updateReflection(id: $id, input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReflection($id: ID!, $input: UpdateReflectionInput!) {\n    updateReflection(id: $id, input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteReflection($input: WriteReflectionInput!) {\n    writeReflection(input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WriteReflection($input: WriteReflectionInput!) {\n    writeReflection(input: $input) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReflections($filter: MyReflectionsFilter, $limit: Int!) {\n    myReflections(filter: $filter, limit: $limit) {\n      ...ReflectionFields\n    }\n  }\n"): (typeof documents)["\n  query MyReflections($filter: MyReflectionsFilter, $limit: Int!) {\n    myReflections(filter: $filter, limit: $limit) {\n      ...ReflectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReflectableSessions {\n    myBookings {\n      id\n      status\n      session {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        cancelledAt\n        canReflect\n        myReflection {\n          id\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReflectableSessions {\n    myBookings {\n      id\n      status\n      session {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        cancelledAt\n        canReflect\n        myReflection {\n          id\n        }\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reflection($id: ID!) {\n    reflection(id: $id) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reflection($id: ID!) {\n    reflection(id: $id) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionToReflectOn($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      cancelledAt\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionToReflectOn($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      cancelledAt\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedReflections($sessionId: ID!) {\n    sharedReflections(sessionId: $sessionId) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedReflections($sessionId: ID!) {\n    sharedReflections(sessionId: $sessionId) {\n      ...ReflectionFields\n      responses {\n        ...PeerResponseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    teamId\n    email\n    role\n    createdAt\n    expiresAt\n    acceptedAt\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    teamId\n    email\n    role\n    createdAt\n    expiresAt\n    acceptedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    timeZone\n    myRole\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    timeZone\n    myRole\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($teamId: ID!, $email: String!, $role: TeamRole!) {\n    inviteMember(teamId: $teamId, email: $email, role: $role) {\n      ...InvitationFields\n      acceptUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($teamId: ID!, $email: String!, $role: TeamRole!) {\n    inviteMember(teamId: $teamId, email: $email, role: $role) {\n      ...InvitationFields\n      acceptUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      teamName\n      organisationName\n      role\n      expiresAt\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      teamName\n      organisationName\n      role\n      expiresAt\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTeams {\n    myTeams {\n      ...TeamSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query MyTeams {\n    myTeams {\n      ...TeamSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummaryFields\n      members {\n        id\n        teamId\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummaryFields\n      members {\n        id\n        teamId\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitations($id: ID!) {\n    team(id: $id) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamInvitations($id: ID!) {\n    team(id: $id) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;