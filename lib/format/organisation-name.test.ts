import { describe, expect, it } from "vitest";
import { normaliseOrganisationName } from "./organisation-name";

describe("normaliseOrganisationName", () => {
  it("ignores case, accents, punctuation and legal forms", () => {
    expect(normaliseOrganisationName("Cluj IT Cluster")).toBe("cluj it cluster");
    expect(normaliseOrganisationName("  CLUJ I.T. Cluster, S.R.L. ")).toBe("cluj it cluster");
    expect(normaliseOrganisationName("Iași Software Association")).toBe("iasi software association");
  });

  it("keeps non-Latin letters", () => {
    expect(normaliseOrganisationName("Θεσσαλονίκη Hub")).toBe("θεσσαλονικη hub");
  });
});
