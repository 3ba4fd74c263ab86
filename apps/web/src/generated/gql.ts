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
    "\n  fragment CheckInFields on CheckIn {\n    id\n    localDate\n    submittedAt\n    who5\n    who5Score\n    who5Band\n    stressLoad\n    sleepQuality\n    bodyTension\n    safety\n    connection\n    clientMaterial\n    note\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      score\n      band\n      replacedEarlierToday\n      trend {\n        direction\n        previousMean\n        change\n        comparedWith\n      }\n      suggestion {\n        key\n        condition\n        standingOut\n        text {\n          nl\n          en\n        }\n        nextStep\n        nextStepText {\n          nl\n          en\n        }\n      }\n      supportResources {\n        ...SupportResourceFields\n      }\n      checkIn {\n        ...CheckInFields\n      }\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  query MyCheckIns($from: DateTime!, $to: DateTime!) {\n    myCheckIns(from: $from, to: $to) {\n      ...CheckInFields\n    }\n  }\n": typeof types.MyCheckInsDocument,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    targetSteps\n    status\n    createdAt\n    lastStepAt\n    progress {\n      stepsTaken\n      targetSteps\n      fraction\n      reached\n      stepsToGo\n      nextTarget\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  mutation ArchiveGoal($goalId: ID!) {\n    archiveGoal(goalId: $goalId) {\n      ...GoalFields\n    }\n  }\n": typeof types.ArchiveGoalDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      generatedAt\n      json\n      csv\n      files {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation LogGoalStep($goalId: ID!) {\n    logGoalStep(goalId: $goalId) {\n      celebration\n      stepNumber\n      takenAt\n      message {\n        nl\n        en\n      }\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": typeof types.LogGoalStepDocument,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.SetGoalDocument,
    "\n  query MyGoals($includeArchived: Boolean!) {\n    myGoals(includeArchived: $includeArchived) {\n      ...GoalFields\n    }\n  }\n": typeof types.MyGoalsDocument,
    "\n  query MyIntegration($from: DateTime!, $to: DateTime!) {\n    myIntegration(from: $from, to: $to) {\n      from\n      to\n      who5 {\n        date\n        value\n      }\n      scales {\n        scale\n        points {\n          date\n          value\n        }\n      }\n      attunement {\n        date\n        value\n      }\n      resonance {\n        date\n        value\n      }\n      chaosRigidity {\n        date\n        value\n      }\n      nineFunctions {\n        asOf\n        recentFrom\n        earlierFrom\n        functions {\n          fn\n          recentMean\n          recentCount\n          earlierMean\n          earlierCount\n        }\n      }\n      timeline {\n        id\n        kind\n        date\n        occurredAt\n        value\n        title {\n          nl\n          en\n        }\n        detail {\n          nl\n          en\n        }\n      }\n    }\n  }\n": typeof types.MyIntegrationDocument,
    "\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationId\n    name\n    anonymityThreshold\n    supportResources {\n      name\n      phone\n      url\n      description\n    }\n  }\n": typeof types.OrganisationSettingsFieldsFragmentDoc,
    "\n  fragment SupportResourceFields on SupportResource {\n    name\n    phone\n    url\n    description\n  }\n": typeof types.SupportResourceFieldsFragmentDoc,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": typeof types.UpdateOrganisationSettingsDocument,
    "\n  query AuditLog($limit: Int!, $before: ID) {\n    auditLog(limit: $limit, before: $before) {\n      id\n      occurredAt\n      action\n      actorId\n      actorName\n      teamId\n      teamName\n      details\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n": typeof types.OrganisationSettingsDocument,
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
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n": typeof types.SessionDocument,
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
    "\n  query TeamWellbeing($teamId: ID!, $granularity: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {\n    teamWellbeing(teamId: $teamId, granularity: $granularity, from: $from, to: $to) {\n      label\n      granularity\n      start\n      end\n      startDate\n      endDate\n      members\n      respondents\n      participationRate\n      responses\n      suppressed\n      suppressionReason\n      anonymityThreshold\n      metrics {\n        metric\n        mean\n        bands {\n          band\n          count\n          share\n        }\n      }\n    }\n  }\n": typeof types.TeamWellbeingDocument,
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
    "\n  fragment CheckInFields on CheckIn {\n    id\n    localDate\n    submittedAt\n    who5\n    who5Score\n    who5Band\n    stressLoad\n    sleepQuality\n    bodyTension\n    safety\n    connection\n    clientMaterial\n    note\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      score\n      band\n      replacedEarlierToday\n      trend {\n        direction\n        previousMean\n        change\n        comparedWith\n      }\n      suggestion {\n        key\n        condition\n        standingOut\n        text {\n          nl\n          en\n        }\n        nextStep\n        nextStepText {\n          nl\n          en\n        }\n      }\n      supportResources {\n        ...SupportResourceFields\n      }\n      checkIn {\n        ...CheckInFields\n      }\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  query MyCheckIns($from: DateTime!, $to: DateTime!) {\n    myCheckIns(from: $from, to: $to) {\n      ...CheckInFields\n    }\n  }\n": types.MyCheckInsDocument,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    targetSteps\n    status\n    createdAt\n    lastStepAt\n    progress {\n      stepsTaken\n      targetSteps\n      fraction\n      reached\n      stepsToGo\n      nextTarget\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  mutation ArchiveGoal($goalId: ID!) {\n    archiveGoal(goalId: $goalId) {\n      ...GoalFields\n    }\n  }\n": types.ArchiveGoalDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      generatedAt\n      json\n      csv\n      files {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  mutation LogGoalStep($goalId: ID!) {\n    logGoalStep(goalId: $goalId) {\n      celebration\n      stepNumber\n      takenAt\n      message {\n        nl\n        en\n      }\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n": types.LogGoalStepDocument,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n": types.SetGoalDocument,
    "\n  query MyGoals($includeArchived: Boolean!) {\n    myGoals(includeArchived: $includeArchived) {\n      ...GoalFields\n    }\n  }\n": types.MyGoalsDocument,
    "\n  query MyIntegration($from: DateTime!, $to: DateTime!) {\n    myIntegration(from: $from, to: $to) {\n      from\n      to\n      who5 {\n        date\n        value\n      }\n      scales {\n        scale\n        points {\n          date\n          value\n        }\n      }\n      attunement {\n        date\n        value\n      }\n      resonance {\n        date\n        value\n      }\n      chaosRigidity {\n        date\n        value\n      }\n      nineFunctions {\n        asOf\n        recentFrom\n        earlierFrom\n        functions {\n          fn\n          recentMean\n          recentCount\n          earlierMean\n          earlierCount\n        }\n      }\n      timeline {\n        id\n        kind\n        date\n        occurredAt\n        value\n        title {\n          nl\n          en\n        }\n        detail {\n          nl\n          en\n        }\n      }\n    }\n  }\n": types.MyIntegrationDocument,
    "\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationId\n    name\n    anonymityThreshold\n    supportResources {\n      name\n      phone\n      url\n      description\n    }\n  }\n": types.OrganisationSettingsFieldsFragmentDoc,
    "\n  fragment SupportResourceFields on SupportResource {\n    name\n    phone\n    url\n    description\n  }\n": types.SupportResourceFieldsFragmentDoc,
    "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n": types.UpdateOrganisationSettingsDocument,
    "\n  query AuditLog($limit: Int!, $before: ID) {\n    auditLog(limit: $limit, before: $before) {\n      id\n      occurredAt\n      action\n      actorId\n      actorName\n      teamId\n      teamName\n      details\n    }\n  }\n": types.AuditLogDocument,
    "\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n": types.OrganisationSettingsDocument,
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
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n": types.SessionDocument,
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
    "\n  query TeamWellbeing($teamId: ID!, $granularity: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {\n    teamWellbeing(teamId: $teamId, granularity: $granularity, from: $from, to: $to) {\n      label\n      granularity\n      start\n      end\n      startDate\n      endDate\n      members\n      respondents\n      participationRate\n      responses\n      suppressed\n      suppressionReason\n      anonymityThreshold\n      metrics {\n        metric\n        mean\n        bands {\n          band\n          count\n          share\n        }\n      }\n    }\n  }\n": types.TeamWellbeingDocument,
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
export function graphql(source: "\n  fragment CheckInFields on CheckIn {\n    id\n    localDate\n    submittedAt\n    who5\n    who5Score\n    who5Band\n    stressLoad\n    sleepQuality\n    bodyTension\n    safety\n    connection\n    clientMaterial\n    note\n  }\n"): (typeof documents)["\n  fragment CheckInFields on CheckIn {\n    id\n    localDate\n    submittedAt\n    who5\n    who5Score\n    who5Band\n    stressLoad\n    sleepQuality\n    bodyTension\n    safety\n    connection\n    clientMaterial\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      score\n      band\n      replacedEarlierToday\n      trend {\n        direction\n        previousMean\n        change\n        comparedWith\n      }\n      suggestion {\n        key\n        condition\n        standingOut\n        text {\n          nl\n          en\n        }\n        nextStep\n        nextStepText {\n          nl\n          en\n        }\n      }\n      supportResources {\n        ...SupportResourceFields\n      }\n      checkIn {\n        ...CheckInFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      score\n      band\n      replacedEarlierToday\n      trend {\n        direction\n        previousMean\n        change\n        comparedWith\n      }\n      suggestion {\n        key\n        condition\n        standingOut\n        text {\n          nl\n          en\n        }\n        nextStep\n        nextStepText {\n          nl\n          en\n        }\n      }\n      supportResources {\n        ...SupportResourceFields\n      }\n      checkIn {\n        ...CheckInFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckIns($from: DateTime!, $to: DateTime!) {\n    myCheckIns(from: $from, to: $to) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  query MyCheckIns($from: DateTime!, $to: DateTime!) {\n    myCheckIns(from: $from, to: $to) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    title\n    targetSteps\n    status\n    createdAt\n    lastStepAt\n    progress {\n      stepsTaken\n      targetSteps\n      fraction\n      reached\n      stepsToGo\n      nextTarget\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    title\n    targetSteps\n    status\n    createdAt\n    lastStepAt\n    progress {\n      stepsTaken\n      targetSteps\n      fraction\n      reached\n      stepsToGo\n      nextTarget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGoal($goalId: ID!) {\n    archiveGoal(goalId: $goalId) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGoal($goalId: ID!) {\n    archiveGoal(goalId: $goalId) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData {\n      generatedAt\n      json\n      csv\n      files {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData {\n      generatedAt\n      json\n      csv\n      files {\n        filename\n        contentType\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogGoalStep($goalId: ID!) {\n    logGoalStep(goalId: $goalId) {\n      celebration\n      stepNumber\n      takenAt\n      message {\n        nl\n        en\n      }\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogGoalStep($goalId: ID!) {\n    logGoalStep(goalId: $goalId) {\n      celebration\n      stepNumber\n      takenAt\n      message {\n        nl\n        en\n      }\n      goal {\n        ...GoalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGoals($includeArchived: Boolean!) {\n    myGoals(includeArchived: $includeArchived) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  query MyGoals($includeArchived: Boolean!) {\n    myGoals(includeArchived: $includeArchived) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntegration($from: DateTime!, $to: DateTime!) {\n    myIntegration(from: $from, to: $to) {\n      from\n      to\n      who5 {\n        date\n        value\n      }\n      scales {\n        scale\n        points {\n          date\n          value\n        }\n      }\n      attunement {\n        date\n        value\n      }\n      resonance {\n        date\n        value\n      }\n      chaosRigidity {\n        date\n        value\n      }\n      nineFunctions {\n        asOf\n        recentFrom\n        earlierFrom\n        functions {\n          fn\n          recentMean\n          recentCount\n          earlierMean\n          earlierCount\n        }\n      }\n      timeline {\n        id\n        kind\n        date\n        occurredAt\n        value\n        title {\n          nl\n          en\n        }\n        detail {\n          nl\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyIntegration($from: DateTime!, $to: DateTime!) {\n    myIntegration(from: $from, to: $to) {\n      from\n      to\n      who5 {\n        date\n        value\n      }\n      scales {\n        scale\n        points {\n          date\n          value\n        }\n      }\n      attunement {\n        date\n        value\n      }\n      resonance {\n        date\n        value\n      }\n      chaosRigidity {\n        date\n        value\n      }\n      nineFunctions {\n        asOf\n        recentFrom\n        earlierFrom\n        functions {\n          fn\n          recentMean\n          recentCount\n          earlierMean\n          earlierCount\n        }\n      }\n      timeline {\n        id\n        kind\n        date\n        occurredAt\n        value\n        title {\n          nl\n          en\n        }\n        detail {\n          nl\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationId\n    name\n    anonymityThreshold\n    supportResources {\n      name\n      phone\n      url\n      description\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationSettingsFields on OrganisationSettings {\n    organisationId\n    name\n    anonymityThreshold\n    supportResources {\n      name\n      phone\n      url\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportResourceFields on SupportResource {\n    name\n    phone\n    url\n    description\n  }\n"): (typeof documents)["\n  fragment SupportResourceFields on SupportResource {\n    name\n    phone\n    url\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {\n    updateOrganisationSettings(input: $input) {\n      ...OrganisationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($limit: Int!, $before: ID) {\n    auditLog(limit: $limit, before: $before) {\n      id\n      occurredAt\n      action\n      actorId\n      actorName\n      teamId\n      teamName\n      details\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($limit: Int!, $before: ID) {\n    auditLog(limit: $limit, before: $before) {\n      id\n      occurredAt\n      action\n      actorId\n      actorName\n      teamId\n      teamName\n      details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSettings {\n    organisationSettings {\n      ...OrganisationSettingsFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n      canReflect\n      myReflection {\n        id\n      }\n      team {\n        id\n        name\n        timeZone\n        myRole\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamWellbeing($teamId: ID!, $granularity: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {\n    teamWellbeing(teamId: $teamId, granularity: $granularity, from: $from, to: $to) {\n      label\n      granularity\n      start\n      end\n      startDate\n      endDate\n      members\n      respondents\n      participationRate\n      responses\n      suppressed\n      suppressionReason\n      anonymityThreshold\n      metrics {\n        metric\n        mean\n        bands {\n          band\n          count\n          share\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamWellbeing($teamId: ID!, $granularity: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {\n    teamWellbeing(teamId: $teamId, granularity: $granularity, from: $from, to: $to) {\n      label\n      granularity\n      start\n      end\n      startDate\n      endDate\n      members\n      respondents\n      participationRate\n      responses\n      suppressed\n      suppressionReason\n      anonymityThreshold\n      metrics {\n        metric\n        mean\n        bands {\n          band\n          count\n          share\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;