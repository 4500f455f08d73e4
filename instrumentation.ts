/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { sweepStorage } = await import("./lib/storage/sweep");
    await sweepStorage();
  }
}
