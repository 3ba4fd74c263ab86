import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { foundationSections } from './foundation-sections';
import { PersonalDataRegistry } from './personal-data.registry';
import { PersonalDataResolver } from './personal-data.resolver';
import { PersonalDataService } from './personal-data.service';

/**
 * Own data (GDPR): export and erasure. Global, so that any module can inject the registry and
 * register its section in `onModuleInit`.
 */
@Global()
@Module({ providers: [PersonalDataRegistry, PersonalDataService, PersonalDataResolver], exports: [PersonalDataRegistry] })
export class PersonalDataModule implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    for (const section of foundationSections(this.audit)) this.registry.register(section);
  }
}
