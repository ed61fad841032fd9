import { AppError } from '../../../../shared/errors/error-code';

/** The AppError `action` throws (fails the test when it throws nothing or something else). */
export const appErrorOf = (action: () => unknown): AppError => {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};
