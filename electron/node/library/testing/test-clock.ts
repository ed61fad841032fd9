/** A clock the test moves by hand. */
export interface TestClock {
  now: () => Date;
  advance(milliseconds: number): void;
  set(iso: string): void;
}

export const testClock = (start = '2025-03-01T08:00:00.000Z'): TestClock => {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance: (milliseconds) => {
      time += milliseconds;
    },
    set: (iso) => {
      time = Date.parse(iso);
    },
  };
};
