import { wireLimits } from './wire-limits';
import { WireRefusal } from './wire-refusal';

/** Refuses JSON nested deeper than the XML limit, before a recursive validator walks it. */
export const checkJsonDepth = (value: unknown): void => {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > wireLimits.elementDepth) {
      throw new WireRefusal(`it is nested more than ${wireLimits.elementDepth} levels deep.`);
    }
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
};
