import type { WellbeingShellMessages } from '../en/wellbeingShell';

export const nlWellbeingShell: WellbeingShellMessages = {
  teamWellbeing: 'Teamwelzijn',
  organisation: 'Organisatie',
};
