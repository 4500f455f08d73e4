import type { SelectOption } from "@/components/forms/fields";

/** A project's partners as the choices of a select: "PP2 Sofia Digital Cluster". */
export function partnerOptions(
  partners: { id: string; partnerNumber: number; organisation: { name: string } }[],
): SelectOption[] {
  return partners.map((partner) => ({
    value: partner.id,
    label: `PP${partner.partnerNumber} ${partner.organisation.name}`,
  }));
}

/** A project's work packages as the choices of a select: "WP2 Mapping of ICT competences". */
export function workPackageOptions(workPackages: { id: string; number: number; title: string }[]): SelectOption[] {
  return workPackages.map((workPackage) => ({
    value: workPackage.id,
    label: `WP${workPackage.number} ${workPackage.title}`,
  }));
}
