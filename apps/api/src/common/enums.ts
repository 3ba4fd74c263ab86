import { registerEnumType } from '@nestjs/graphql';
import { Locale, TeamRole } from '@attune/domain';

registerEnumType(TeamRole, { name: 'TeamRole', description: 'A person\'s role in a team' });
registerEnumType(Locale, { name: 'Locale', description: 'Language of the interface and messages' });

export { Locale, TeamRole };
