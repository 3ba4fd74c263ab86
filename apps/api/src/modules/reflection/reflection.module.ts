import { Module, type OnModuleInit } from '@nestjs/common';
import { constraintMessages } from '../../common/errors.filter';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import './reflection-crypto';
import './reflection.seed';
import { reflectionSections } from './reflection-personal-data';
import { ReflectionResolver } from './reflection.resolver';
import { ReflectionService } from './reflection.service';
import { SessionReflectionResolver } from './session-reflection.resolver';

const CONSTRAINT_MESSAGES: Record<string, string> = {
  reflection_one_per_session: 'You have already reflected on this session; edit that reflection instead',
};

/** Reflections on sessions and peer responses, encrypted at rest; who sees what is PRODUCT.md §4. */
@Module({ providers: [ReflectionService, ReflectionResolver, SessionReflectionResolver], exports: [ReflectionService] })
export class ReflectionModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    private readonly reflections: ReflectionService,
  ) {}

  onModuleInit(): void {
    for (const [name, message] of Object.entries(CONSTRAINT_MESSAGES)) constraintMessages.set(name, message);
    for (const section of reflectionSections(this.reflections)) this.personalData.register(section);
  }
}
