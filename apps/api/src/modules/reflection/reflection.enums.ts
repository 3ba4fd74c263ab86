import { registerEnumType } from '@nestjs/graphql';
import { ReflectionVisibility, SessionKind } from '@attune/domain';

registerEnumType(ReflectionVisibility, {
  name: 'ReflectionVisibility',
  description: 'PRIVATE: only me. FACILITATOR: me and the session\'s facilitator. GROUP: me, the facilitator and members who attended the session.',
});
registerEnumType(SessionKind, { name: 'SessionKind', description: 'CARE (monthly care session), SUPERVISION or INTERVISION (peer group)' });

export { ReflectionVisibility, SessionKind };
