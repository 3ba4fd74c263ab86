/** Navigation labels of the wellbeing pages: the only texts of those features the first page needs. */
export const enWellbeingShell = {
  teamWellbeing: 'Team wellbeing',
  organisation: 'Organisation',
};

export type WellbeingShellMessages = typeof enWellbeingShell;
