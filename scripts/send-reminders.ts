// The scheduled job: queues deadline reminder digests, then delivers whatever waits in the outbox.
// Run daily, for example from cron (see the README):  0 6 * * *  cd /srv/consortia && npm run reminders
// Safe to run again or in parallel: a reminder already given is never given twice.
import { deliverOutbox } from "@/lib/dal/outbox";
import { queueReminderDigests } from "@/lib/dal/reminders";
import { env } from "@/lib/env";
import { smtpTransportFromEnv } from "@/lib/mail/transport";

const onlyDeliver = process.argv.includes("--deliver-only");

async function main(): Promise<void> {
  if (!onlyDeliver) {
    const appUrl = env.AUTH_URL ?? "http://localhost:3000";
    const queued = await queueReminderDigests({ appUrl });
    console.log(`Reminders: ${queued.remindersQueued} reminder(s) queued in ${queued.usersReminded} digest(s).`);
  }
  const transport = smtpTransportFromEnv();
  if (!transport) {
    console.log("No SMTP_HOST set: e-mail stays in the outbox (Users → Outbox).");
    return;
  }
  const delivered = await deliverOutbox(transport);
  console.log(`Outbox: ${delivered.sent} sent, ${delivered.failed} refused (retried on the next run).`);
  if (delivered.failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
