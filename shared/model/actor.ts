/** Who does a write: recorded in status changes and revisions. */
export interface Actor {
  name: string;
  role?: string | null;
}
