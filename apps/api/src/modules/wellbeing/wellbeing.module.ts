import { Module, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { OrganisationSettingsService } from './organisation-settings.service';
import { WellbeingResolver } from './wellbeing.resolver';
import { WellbeingService } from './wellbeing.service';

@Module({
  providers: [WellbeingService, OrganisationSettingsService, WellbeingResolver],
  exports: [WellbeingService, OrganisationSettingsService],
})
export class WellbeingModule implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly wellbeing: WellbeingService,
  ) {}

  onModuleInit(): void {
    // Runs first on erasure: freezes the team figures already settled, before the check-ins go.
    this.registry.register({ name: 'teamWellbeingFreeze', order: 0, erase: (m, userId) => this.wellbeing.freezeTeamsOf(m, userId) });
  }
}
