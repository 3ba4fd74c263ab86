import { registerEnumType } from '@nestjs/graphql';
import { ReflectionVisibility } from '@attune/domain';
// SessionKind is registered for GraphQL by the session module.
import { SessionKind } from '../session/session.model';

registerEnumType(ReflectionVisibility, {
  name: 'ReflectionVisibility',
  description: 'PRIVATE: only me. FACILITATOR: me and the session\'s facilitator. GROUP: me, the facilitator and members who attended the session.',
});

export { ReflectionVisibility, SessionKind };
