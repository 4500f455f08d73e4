import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { countsStatements, statementsOf } from "@/test/statement-count";
import { createConsortium, createOrganisation, unique, type Consortium } from "@/test/factories";
import { ZSaveCompetenceInput, ZSaveCompetenceProfileInput } from "@/lib/validation/competence";
import { ZPartnerSearchFilters } from "@/lib/validation/list-filters";
import { ZSaveNetworkInput, ZSaveNetworkMembershipInput } from "@/lib/validation/network";
import { saveCompetence, saveCompetenceProfile } from "./competences";
import { saveNetwork, saveNetworkMembership } from "./networks";
import { searchPartners } from "./partner-search";

/**
 * Four organisations with a competence of their own (so that other tests' rows never match): a Romanian cluster and
 * a Bulgarian SME in a network, a Greek SME outside it, and the consortium's lead organisation, which has a project.
 */
let river: Consortium;
let competenceId: string;
let networkId: string;
const ids = { romanian: "", bulgarian: "", greek: "" };
const word = `testbed${unique()}`;

const search = async (filters: Record<string, string>, user = river.coordinator) =>
  (await searchPartners(user, ZPartnerSearchFilters.parse({ competence: competenceId, ...filters }))).items;
const namesOf = (items: { id: string }[]) =>
  items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0] ?? item.id).sort();

beforeAll(async () => {
  river = await createConsortium({ acronym: `RIVER ${unique()}` });
  const token = unique();
  ({ id: competenceId } = await saveCompetence(
    river.coordinator,
    ZSaveCompetenceInput.parse({ nameEn: `Quantum ${token}`, nameRo: `Cuantic ${token}` }),
  ));
  ids.romanian = river.organisations.lead.id;
  ids.bulgarian = (await createOrganisation(river.admin, { country: "BG", type: "SME" })).id;
  ids.greek = (await createOrganisation(river.admin, { country: "GR", type: "SME" })).id;
  const offers = {
    romanian: `A ${word} for pilots along the Danube.`,
    bulgarian: "Sensors for ports.",
    greek: `Our ${word.toUpperCase()} in Athens.`,
  };
  for (const [key, organisationId] of Object.entries(ids)) {
    await saveCompetenceProfile(
      river.coordinator,
      ZSaveCompetenceProfileInput.parse({
        organisationId,
        competenceIds: [competenceId],
        offer: offers[key as keyof typeof offers],
      }),
    );
  }
  ({ id: networkId } = await saveNetwork(river.coordinator, ZSaveNetworkInput.parse({ name: `Net ${unique()}` })));
  for (const organisationId of [ids.romanian, ids.bulgarian]) {
    await saveNetworkMembership(
      river.coordinator,
      ZSaveNetworkMembershipInput.parse({ networkId, organisationId, status: "ACTIVE" }),
    );
  }
});

describe("partner search", () => {
  it("finds organisations by competence", async () => {
    expect(namesOf(await search({}))).toEqual(["bulgarian", "greek", "romanian"]);
  });

  it("narrows by country, type and network", async () => {
    expect(namesOf(await search({ country: "BG" }))).toEqual(["bulgarian"]);
    expect(namesOf(await search({ type: "SME" }))).toEqual(["bulgarian", "greek"]);
    expect(namesOf(await search({ network: networkId }))).toEqual(["bulgarian", "romanian"]);
    expect(namesOf(await search({ network: networkId, type: "SME" }))).toEqual(["bulgarian"]);
  });

  it("finds words of the offer, whatever their case", async () => {
    expect(namesOf(await search({ q: word }))).toEqual(["greek", "romanian"]);
    expect(namesOf(await search({ q: "SENSORS" }))).toEqual(["bulgarian"]);
    expect(await search({ q: "100%_" })).toEqual([]);
  });

  it("leaves a member who left out of the network's results", async () => {
    const membership = await db.networkMembership.findFirstOrThrow({
      where: { networkId, organisationId: ids.bulgarian },
    });
    await saveNetworkMembership(
      river.coordinator,
      ZSaveNetworkMembershipInput.parse({
        id: membership.id,
        networkId,
        organisationId: ids.bulgarian,
        status: "LEFT",
        leftOn: "2026-01-31",
      }),
    );
    expect(namesOf(await search({ network: networkId }))).toEqual(["romanian"]);
    await saveNetworkMembership(
      river.coordinator,
      ZSaveNetworkMembershipInput.parse({
        id: membership.id,
        networkId,
        organisationId: ids.bulgarian,
        status: "ACTIVE",
      }),
    );
  });

  it("shows each organisation's competences, networks and the projects the reader may see", async () => {
    const [romanian] = await search({ country: "RO", q: word });
    expect(romanian?.competences.map((competence) => competence.id)).toEqual([competenceId]);
    expect(romanian?.networks.map((network) => network.id)).toEqual([networkId]);
    expect(romanian?.projects.map((project) => project.id)).toEqual([river.project.id]);

    const stranger = await createConsortium({ acronym: `STRANGER ${unique()}` });
    const [seenByStranger] = await search({ country: "RO", q: word }, stranger.partnerA);
    expect(seenByStranger?.id).toBe(ids.romanian);
    expect(seenByStranger?.projects).toEqual([]);
  });

  it.runIf(countsStatements)(
    "takes the same few statements for one result as for many: no query per organisation",
    async () => {
      await statementsOf(() => search({}));
      const forOne = await statementsOf(() => search({ country: "BG" }));
      const forThree = await statementsOf(() => search({}));
      expect(forOne).toBe(forThree);
      // The transaction, the count, the match, and one batched load of each relation shown.
      expect(forThree).toBeLessThanOrEqual(10);
    },
  );
});
