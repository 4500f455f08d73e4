import { describe, expect, it } from "vitest";
import { composeInvitation } from "./invitation-mail";

const invitation = {
  name: "Ana Pop",
  inviter: "Ion Admin",
  role: "PROJECT_LEAD" as const,
  acronym: "DANUBE ICT",
  link: "https://consortia.example.org/invitations/abc",
  days: 7,
};

describe("the invitation e-mail", () => {
  it("is written in the inviter's language, with the role, the project and the link", () => {
    expect(composeInvitation({ ...invitation, locale: "en" })).toEqual({
      subject: "You are invited to Consortia",
      body: [
        "Hello Ana Pop,",
        "",
        "Ion Admin invites you to Consortia as project lead of DANUBE ICT.",
        "Choose your password here within 7 days:",
        "https://consortia.example.org/invitations/abc",
        "",
        "If you did not expect this invitation, ignore this message.",
      ].join("\n"),
    });
    const romanian = composeInvitation({ ...invitation, locale: "ro", acronym: null, role: "VIEWER" });
    expect(romanian.subject).toBe("Sunteți invitat(ă) în Consortia");
    expect(romanian.body).toContain("Ion Admin vă invită în Consortia ca observator.");
    expect(romanian.body).toContain("în cel mult 7 zile");
  });
});
