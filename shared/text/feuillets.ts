/** A feuillet is the French press page: 1,500 signes (characters including spaces). */
export const signesPerFeuillet = 1_500;

/** Feuillets to one decimal, rounded to nearest: 2,250 signes are 1.5 feuillets. */
export const feuillets = (signes: number): number =>
  Math.round((signes / signesPerFeuillet) * 10) / 10;
