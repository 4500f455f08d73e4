import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

test("an administrator invites a partner, who sets a password and signs in; then deactivates them", async ({
  browser,
}) => {
  const email = `invitee-${Date.now()}@demo.test`;
  const admin = await browser.newPage();
  await signInAs(admin, "admin");
  await admin.getByRole("link", { name: "Users" }).click();
  await admin.getByRole("link", { name: "Invite user" }).click();
  await admin.getByLabel("Name").fill("Iva Invitee");
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Role").selectOption({ label: "Partner" });
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText("A partner acts for an organisation: choose it.")).toBeVisible();
  await admin.getByLabel("Organisation").selectOption({ label: "Varna Tech Alliance (Bulgaria)" });
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status")).toHaveText("Invitation sent.");
  await expect(admin.getByRole("table", { name: "Open invitations" })).toContainText(email);

  await admin.getByRole("link", { name: "Outbox" }).click();
  const mail = admin.getByRole("region", { name: new RegExp(`E-mail to ${email}`) });
  const link = /http:\/\/\S+\/invitations\/[\w-]+/.exec((await mail.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();

  const invitee = await browser.newPage();
  await invitee.goto(link!);
  await expect(invitee.getByRole("heading", { level: 1, name: "Welcome, Iva Invitee" })).toBeVisible();
  await invitee.getByLabel("Password", { exact: false }).first().fill("short");
  await invitee.getByRole("button", { name: "Create my account" }).click();
  await expect(invitee.getByText("Choose a password of at least 12 characters.")).toBeVisible();
  await invitee.getByLabel("Password (required)", { exact: true }).fill("a sound passphrase");
  await invitee.getByLabel("Repeat the password").fill("a sound passphrase");
  await invitee.getByRole("button", { name: "Create my account" }).click();
  await expect(invitee.getByRole("status")).toContainText("Your account is ready");
  await invitee.getByLabel("E-mail").fill(email);
  await invitee.getByLabel("Password").fill("a sound passphrase");
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee.getByLabel("Signed in as")).toContainText("Varna Tech Alliance");

  // The link works once.
  await invitee.goto(link!);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation cannot be used" })).toBeVisible();

  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await admin
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("button", { name: "Deactivate" })
    .click();
  await admin.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByRole("status")).toHaveText("User deactivated.");
  await expect(admin.getByRole("row", { name: new RegExp(email) })).toContainText("Deactivated");

  // Deactivation applies at once, even to the open session.
  await invitee.goto("/dashboard");
  await expect(invitee).toHaveURL(/\/login/);
});
