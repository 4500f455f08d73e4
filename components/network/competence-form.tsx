"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, TextField } from "@/components/forms/fields";
import { saveCompetenceAction } from "@/lib/actions/competences";
import { ZSaveCompetenceInput, type TSaveCompetenceInput } from "@/lib/validation/competence";

const EMPTY: TSaveCompetenceInput = { nameEn: "", nameRo: "" };

/** Adds a competence to the vocabulary, or renames one. */
export function CompetenceForm({ competence }: { competence?: TSaveCompetenceInput }) {
  const t = useTranslations("NetworkForms");
  return (
    <ActionForm
      schema={ZSaveCompetenceInput}
      action={saveCompetenceAction}
      defaultValues={competence ?? EMPTY}
      submitLabel={competence?.id ? t("save") : t("addCompetence")}
      redirectTo={() => "/networks/competences"}
      notice={competence?.id ? "saved" : "added"}
      cancelHref={competence?.id ? "/networks/competences" : undefined}
    >
      <FieldRow>
        <TextField name="nameEn" label={t("nameEn")} required maxLength={80} />
        <TextField name="nameRo" label={t("nameRo")} required maxLength={80} />
      </FieldRow>
    </ActionForm>
  );
}
