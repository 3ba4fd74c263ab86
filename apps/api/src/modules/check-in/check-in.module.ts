import { Module, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { WellbeingModule } from '../wellbeing/wellbeing.module';
import { CheckInClock } from './check-in.clock';
import { CheckInResolver } from './check-in.resolver';
import { CheckInService } from './check-in.service';
import './check-in.seed';

@Module({
  imports: [WellbeingModule],
  providers: [CheckInService, CheckInResolver, CheckInClock],
  exports: [CheckInService],
})
export class CheckInModule implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly checkIns: CheckInService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'checkIns',
      export: (m, userId) => this.checkIns.exportFor(m, userId),
      erase: async (m, userId) => {
        await m.query(`DELETE FROM check_in WHERE user_id = $1`, [userId]);
      },
    });
  }
}
