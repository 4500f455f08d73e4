import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * For pages: the data, or the "not found" page when it is absent or the data layer refused access
 * (both look the same to the visitor, so nothing leaks).
 */
export async function orNotFound<T>(work: Promise<T | null | undefined>): Promise<T> {
  let result: T | null | undefined;
  try {
    result = await work;
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
  if (result === null || result === undefined) notFound();
  return result;
}
