import type { PersonalDataSection, PersonalRecord } from '../personal-data/personal-data.registry';
import type { ReflectionService } from './reflection.service';

/**
 * A person's reflections and the peer responses they wrote, opened, for "export my data"; both
 * erased for "delete my account". Responses others wrote to my reflections are theirs: the export
 * counts them (and how many I hid) but carries neither their words nor their names.
 */
export function reflectionSections(reflections: ReflectionService): PersonalDataSection[] {
  return [
    {
      name: 'reflections',
      async export(m, userId) {
        const { reflections: mine } = await reflections.exportReflectionsOf(m, userId);
        return mine.map(({ responses, ...reflection }) => {
          const received = (responses ?? []) as { hidden: boolean }[];
          return { ...reflection, responsesReceived: received.length, responsesHiddenByMe: received.filter((r) => r.hidden).length } as PersonalRecord;
        });
      },
      // Erases my reflections (with every response to them) and the responses I wrote to others'.
      async erase(m, userId) {
        await reflections.eraseReflectionsOf(m, userId);
      },
    },
    {
      // Erased with the reflections section above.
      name: 'peerResponses',
      async export(m, userId) {
        return (await reflections.exportReflectionsOf(m, userId)).responsesWritten as PersonalRecord[];
      },
    },
  ];
}
