import { getExpenditureTemplateFacts } from "@/lib/dal/expenditure-import";
import { expenditureTemplate, ITEM_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/finance/expenditure-sheet";
import { translatorFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { xlsxDownload } from "@/lib/http";
import { authedRoute } from "@/lib/route-handler";

/** The expenditure template of one's own report, in the reader's language, with the project's cost categories. */
export const GET = authedRoute<{ projectId: string; reportId: string }>(
  { name: "expenditure-template", target: ({ projectId, reportId }) => ({ projectId, reportId }), hideRefusals: true },
  async ({ user, params: { projectId, reportId } }) => {
    const facts = await getExpenditureTemplateFacts(user, projectId, reportId);
    const t = translatorFor(await requestLocale());
    const workbook = await expenditureTemplate({
      sheet: t("ExpenditureImport.sheet"),
      listsSheet: t("ExpenditureImport.listsSheet"),
      instructionsSheet: t("ExpenditureImport.instructionsSheet"),
      headers: Object.fromEntries(ITEM_COLUMNS.map((column) => [column, t(`Expenditure.${column}`)])) as Record<
        (typeof ITEM_COLUMNS)[number],
        string
      >,
      categories: facts.categories.map((code) => ({ code, label: t(`Labels.costCategory.${code}`) })),
      instructions: [
        t("ExpenditureImport.instructionsTitle"),
        t("ExpenditureImport.instructionRow"),
        t("ExpenditureImport.instructionRequired"),
        t("ExpenditureImport.instructionCategory"),
        t("ExpenditureImport.instructionDates"),
        t("ExpenditureImport.instructionAmount"),
        t("ExpenditureImport.instructionCurrency", { currency: facts.currency }),
        t("ExpenditureImport.instructionLimit", { max: MAX_IMPORT_ROWS }),
        t("ExpenditureImport.instructionReceipts"),
      ],
    });
    return xlsxDownload(facts.fileName, workbook);
  },
);
