// The AppError a command refused with, for tests that check its code,
// message and fields; fails the test when the command did not refuse.
import { AppError } from "@/lib/errors";

export async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the command to be refused");
}
