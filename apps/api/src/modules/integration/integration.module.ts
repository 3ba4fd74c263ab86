import { Module, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { GoalService } from './goal.service';
import { IntegrationResolver } from './integration.resolver';
import { IntegrationService } from './integration.service';
import { BUILT_IN_TIMELINE_PROVIDERS } from './timeline-providers';
import { TimelineRegistry } from './timeline.registry';
import './integration.seed';

@Module({
  providers: [IntegrationService, GoalService, TimelineRegistry, IntegrationResolver],
  exports: [TimelineRegistry],
})
export class IntegrationModule implements OnModuleInit {
  constructor(
    private readonly timeline: TimelineRegistry,
    private readonly registry: PersonalDataRegistry,
    private readonly goals: GoalService,
  ) {}

  onModuleInit(): void {
    for (const provider of BUILT_IN_TIMELINE_PROVIDERS) this.timeline.register(provider);
    this.registry.register({
      name: 'goals',
      export: (m, userId) => this.goals.exportGoals(m, userId),
      erase: async (m, userId) => {
        await m.query(`DELETE FROM goal WHERE user_id = $1`, [userId]);
      },
    });
    this.registry.register({
      name: 'goalSteps',
      order: 90,
      export: (m, userId) => this.goals.exportSteps(m, userId),
      erase: async (m, userId) => {
        await m.query(`DELETE FROM goal_step WHERE user_id = $1`, [userId]);
      },
    });
  }
}
