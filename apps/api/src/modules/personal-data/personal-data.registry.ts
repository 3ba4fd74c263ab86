import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One plain record of an export section: JSON values only (dates become ISO strings). */
export type PersonalRecord = Record<string, string | number | boolean | null | readonly unknown[] | Record<string, unknown>>;

/**
 * A kind of personal data some module keeps. Every module that stores something about a person
 * registers a section in its `onModuleInit`, so that "export my data" and "delete my account"
 * cover it without anyone remembering to extend them.
 */
export interface PersonalDataSection {
  /** Name in the export (camelCase), e.g. `checkIns`. */
  readonly name: string;
  /** Erasure order, lower first (default 100). The profile row itself goes last (1000). */
  readonly order?: number;
  /** Everything in this section about the person — and nothing about anyone else. */
  export?(manager: EntityManager, userId: string): Promise<PersonalRecord[]>;
  /** Removes (or anonymises) the person's rows; runs inside the deletion transaction. */
  erase?(manager: EntityManager, userId: string): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly byName = new Map<string, PersonalDataSection>();

  register(section: PersonalDataSection): void {
    if (this.byName.has(section.name)) throw new Error(`Personal data section "${section.name}" is registered twice`);
    this.byName.set(section.name, section);
  }

  /** In erasure order (then by name, for a stable export). */
  sections(): PersonalDataSection[] {
    return [...this.byName.values()].sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
  }
}
