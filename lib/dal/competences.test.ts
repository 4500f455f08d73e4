import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createConsortium, unique, type Consortium } from "@/test/factories";
import { ZSaveCompetenceInput, ZSaveCompetenceProfileInput } from "@/lib/validation/competence";
import { deleteCompetence, getCompetenceProfileForEdit, saveCompetence, saveCompetenceProfile } from "./competences";

let river: Consortium;
let cloudId: string;

const profileOf = (organisationId: string, fields: Record<string, unknown> = {}) =>
  ZSaveCompetenceProfileInput.parse({
    organisationId,
    competenceIds: [cloudId],
    staffSize: "SMALL",
    sectors: "Health",
    markets: "Romania",
    offer: "Cloud pilots.",
    ...fields,
  });

beforeAll(async () => {
  river = await createConsortium({ acronym: `RIVER ${unique()}` });
  const token = unique();
  ({ id: cloudId } = await saveCompetence(
    river.coordinator,
    ZSaveCompetenceInput.parse({ nameEn: `Cloud ${token}`, nameRo: `Nor ${token}` }),
  ));
});

describe("competence profiles", () => {
  it("are edited by the organisation's own people, audited", async () => {
    const organisationId = river.organisations.partnerA.id;
    await saveCompetenceProfile(river.partnerA, profileOf(organisationId));
    const saved = await db.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { staffSize: true, offer: true, competences: { select: { competenceId: true } } },
    });
    expect(saved).toEqual({ staffSize: "SMALL", offer: "Cloud pilots.", competences: [{ competenceId: cloudId }] });
    expect(await db.auditEvent.count({ where: { entityId: organisationId, action: "organisation.profile" } })).toBe(1);
  });

  it("refuse another organisation's people, and viewers, changing nothing", async () => {
    const organisationId = river.organisations.partnerA.id;
    await saveCompetenceProfile(river.partnerA, profileOf(organisationId));
    const before = await db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    for (const user of [river.partnerB, river.lead, river.viewer]) {
      await expect(
        saveCompetenceProfile(user, profileOf(organisationId, { offer: "Taken over.", competenceIds: [] })),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await getCompetenceProfileForEdit(user, organisationId)).toBeNull();
    }
    expect(await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).toEqual(before);
    expect(await db.organisationCompetence.count({ where: { organisationId } })).toBe(1);
  });

  it("are edited by coordinators and administrators for any organisation", async () => {
    const organisationId = river.organisations.partnerB.id;
    await saveCompetenceProfile(river.coordinator, profileOf(organisationId, { offer: "Set by the coordinator." }));
    await saveCompetenceProfile(river.admin, profileOf(organisationId, { competenceIds: [], staffSize: "" }));
    expect(
      await db.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        select: { staffSize: true, offer: true, competences: true },
      }),
    ).toEqual({ staffSize: null, offer: "Cloud pilots.", competences: [] });
  });

  it("refuse a competence that is not in the vocabulary, saving nothing", async () => {
    const organisationId = river.organisations.lead.id;
    await expect(
      saveCompetenceProfile(river.lead, profileOf(organisationId, { competenceIds: [cloudId, "no-such-competence"] })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { competenceIds: [{ key: "invalidValue" }] } });
    expect(await db.organisationCompetence.count({ where: { organisationId } })).toBe(0);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).offer).toBeNull();
  });
});

describe("the competence vocabulary", () => {
  it("is kept by coordinators and administrators, names unique in each language", async () => {
    await expect(
      saveCompetence(river.partnerA, ZSaveCompetenceInput.parse({ nameEn: `X ${unique()}`, nameRo: `Y ${unique()}` })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const cloud = await db.competence.findUniqueOrThrow({ where: { id: cloudId } });
    await expect(
      saveCompetence(river.admin, ZSaveCompetenceInput.parse({ nameEn: `Other ${unique()}`, nameRo: cloud.nameRo })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { nameRo: [{ key: "competenceNameTaken" }] } });
  });

  it("loses a deleted competence from every profile", async () => {
    const token = unique();
    const { id } = await saveCompetence(
      river.coordinator,
      ZSaveCompetenceInput.parse({ nameEn: `Short-lived ${token}`, nameRo: `Efemer ${token}` }),
    );
    await saveCompetenceProfile(river.coordinator, profileOf(river.organisations.lead.id, { competenceIds: [id] }));
    await deleteCompetence(river.coordinator, id);
    expect(await db.organisationCompetence.count({ where: { competenceId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "competence.delete" } })).toBe(1);
  });
});
