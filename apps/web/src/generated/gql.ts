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
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  mutation SetReminderPreference($minutesBefore: Int) {\n    setReminderPreference(minutesBefore: $minutesBefore) {\n      id\n      reminderMinutesBefore\n    }\n  }\n": typeof types.SetReminderPreferenceDocument,
    "\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n": typeof types.MyCalendarFeedUrlDocument,
    "\n  query ReminderPreference {\n    me {\n      id\n      reminderMinutesBefore\n    }\n  }\n": typeof types.ReminderPreferenceDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    sessionId\n    status\n    waitlistPosition\n    createdAt\n    confirmedAt\n    cancelledAt\n    attended\n    icsUrl\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    teamId\n    seriesId\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    location\n    videoUrl\n    capacity\n    confirmedCount\n    seatsLeft\n    waitlistCount\n    minNoticeMinutes\n    bookingClosesAt\n    cancelledAt\n    cancelReason\n    facilitator {\n      id\n      displayName\n    }\n    myBooking {\n      id\n      sessionId\n      status\n      waitlistPosition\n      createdAt\n      confirmedAt\n      cancelledAt\n      attended\n      icsUrl\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation BookSession($sessionId: ID!) {\n    bookSession(sessionId: $sessionId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": typeof types.BookSessionDocument,
    "\n  mutation CancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      ...SessionFields\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.CreateSessionDocument,
    "\n  mutation CreateSessionSeries($input: CreateSessionSeriesInput!) {\n    createSessionSeries(input: $input) {\n      id\n      teamId\n      firstMonth\n      months\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.CreateSessionSeriesDocument,
    "\n  mutation MarkAttendance($bookingId: ID!, $attended: Boolean!) {\n    markAttendance(bookingId: $bookingId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  query MyBookings($upcoming: Boolean) {\n    myBookings(upcoming: $upcoming) {\n      ...BookingFields\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  query SessionAttendees($id: ID!) {\n    session(id: $id) {\n      id\n      attendees {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SessionAttendeesDocument,
    "\n  query SessionBookings($id: ID!) {\n    session(id: $id) {\n      id\n      bookings {\n        id\n        sessionId\n        status\n        waitlistPosition\n        attended\n        attendanceMarkedAt\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SessionBookingsDocument,
    "\n  query Sessions($teamId: ID!, $from: DateTime, $to: DateTime) {\n    sessions(teamId: $teamId, from: $from, to: $to) {\n      ...SessionFields\n    }\n  }\n": typeof types.SessionsDocument,
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
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n": types.RotateCalendarFeedDocument,
    "\n  mutation SetReminderPreference($minutesBefore: Int) {\n    setReminderPreference(minutesBefore: $minutesBefore) {\n      id\n      reminderMinutesBefore\n    }\n  }\n": types.SetReminderPreferenceDocument,
    "\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n": types.MyCalendarFeedUrlDocument,
    "\n  query ReminderPreference {\n    me {\n      id\n      reminderMinutesBefore\n    }\n  }\n": types.ReminderPreferenceDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    sessionId\n    status\n    waitlistPosition\n    createdAt\n    confirmedAt\n    cancelledAt\n    attended\n    icsUrl\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    teamId\n    seriesId\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    location\n    videoUrl\n    capacity\n    confirmedCount\n    seatsLeft\n    waitlistCount\n    minNoticeMinutes\n    bookingClosesAt\n    cancelledAt\n    cancelReason\n    facilitator {\n      id\n      displayName\n    }\n    myBooking {\n      id\n      sessionId\n      status\n      waitlistPosition\n      createdAt\n      confirmedAt\n      cancelledAt\n      attended\n      icsUrl\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation BookSession($sessionId: ID!) {\n    bookSession(sessionId: $sessionId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": types.BookSessionDocument,
    "\n  mutation CancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      ...SessionFields\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.CreateSessionDocument,
    "\n  mutation CreateSessionSeries($input: CreateSessionSeriesInput!) {\n    createSessionSeries(input: $input) {\n      id\n      teamId\n      firstMonth\n      months\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": types.CreateSessionSeriesDocument,
    "\n  mutation MarkAttendance($bookingId: ID!, $attended: Boolean!) {\n    markAttendance(bookingId: $bookingId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionFields\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  query MyBookings($upcoming: Boolean) {\n    myBookings(upcoming: $upcoming) {\n      ...BookingFields\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  query SessionAttendees($id: ID!) {\n    session(id: $id) {\n      id\n      attendees {\n        id\n        displayName\n      }\n    }\n  }\n": types.SessionAttendeesDocument,
    "\n  query SessionBookings($id: ID!) {\n    session(id: $id) {\n      id\n      bookings {\n        id\n        sessionId\n        status\n        waitlistPosition\n        attended\n        attendanceMarkedAt\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SessionBookingsDocument,
    "\n  query Sessions($teamId: ID!, $from: DateTime, $to: DateTime) {\n    sessions(teamId: $teamId, from: $from, to: $to) {\n      ...SessionFields\n    }\n  }\n": types.SessionsDocument,
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
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderPreference($minutesBefore: Int) {\n    setReminderPreference(minutesBefore: $minutesBefore) {\n      id\n      reminderMinutesBefore\n    }\n  }\n"): (typeof documents)["\n  mutation SetReminderPreference($minutesBefore: Int) {\n    setReminderPreference(minutesBefore: $minutesBefore) {\n      id\n      reminderMinutesBefore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n"): (typeof documents)["\n  query MyCalendarFeedUrl {\n    myCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderPreference {\n    me {\n      id\n      reminderMinutesBefore\n    }\n  }\n"): (typeof documents)["\n  query ReminderPreference {\n    me {\n      id\n      reminderMinutesBefore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on Booking {\n    id\n    sessionId\n    status\n    waitlistPosition\n    createdAt\n    confirmedAt\n    cancelledAt\n    attended\n    icsUrl\n  }\n"): (typeof documents)["\n  fragment BookingFields on Booking {\n    id\n    sessionId\n    status\n    waitlistPosition\n    createdAt\n    confirmedAt\n    cancelledAt\n    attended\n    icsUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    teamId\n    seriesId\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    location\n    videoUrl\n    capacity\n    confirmedCount\n    seatsLeft\n    waitlistCount\n    minNoticeMinutes\n    bookingClosesAt\n    cancelledAt\n    cancelReason\n    facilitator {\n      id\n      displayName\n    }\n    myBooking {\n      id\n      sessionId\n      status\n      waitlistPosition\n      createdAt\n      confirmedAt\n      cancelledAt\n      attended\n      icsUrl\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    id\n    teamId\n    seriesId\n    kind\n    title\n    startsAt\n    endsAt\n    timeZone\n    location\n    videoUrl\n    capacity\n    confirmedCount\n    seatsLeft\n    waitlistCount\n    minNoticeMinutes\n    bookingClosesAt\n    cancelledAt\n    cancelReason\n    facilitator {\n      id\n      displayName\n    }\n    myBooking {\n      id\n      sessionId\n      status\n      waitlistPosition\n      createdAt\n      confirmedAt\n      cancelledAt\n      attended\n      icsUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSession($sessionId: ID!) {\n    bookSession(sessionId: $sessionId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookSession($sessionId: ID!) {\n    bookSession(sessionId: $sessionId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      ...BookingFields\n      session {\n        id\n        confirmedCount\n        seatsLeft\n        waitlistCount\n        myBooking {\n          ...BookingFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelSession(id: $id, reason: $reason) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSessionSeries($input: CreateSessionSeriesInput!) {\n    createSessionSeries(input: $input) {\n      id\n      teamId\n      firstMonth\n      months\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSessionSeries($input: CreateSessionSeriesInput!) {\n    createSessionSeries(input: $input) {\n      id\n      teamId\n      firstMonth\n      months\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($bookingId: ID!, $attended: Boolean!) {\n    markAttendance(bookingId: $bookingId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($bookingId: ID!, $attended: Boolean!) {\n    markAttendance(bookingId: $bookingId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($upcoming: Boolean) {\n    myBookings(upcoming: $upcoming) {\n      ...BookingFields\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($upcoming: Boolean) {\n    myBookings(upcoming: $upcoming) {\n      ...BookingFields\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendees($id: ID!) {\n    session(id: $id) {\n      id\n      attendees {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendees($id: ID!) {\n    session(id: $id) {\n      id\n      attendees {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionBookings($id: ID!) {\n    session(id: $id) {\n      id\n      bookings {\n        id\n        sessionId\n        status\n        waitlistPosition\n        attended\n        attendanceMarkedAt\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionBookings($id: ID!) {\n    session(id: $id) {\n      id\n      bookings {\n        id\n        sessionId\n        status\n        waitlistPosition\n        attended\n        attendanceMarkedAt\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions($teamId: ID!, $from: DateTime, $to: DateTime) {\n    sessions(teamId: $teamId, from: $from, to: $to) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query Sessions($teamId: ID!, $from: DateTime, $to: DateTime) {\n    sessions(teamId: $teamId, from: $from, to: $to) {\n      ...SessionFields\n    }\n  }\n"];
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