import { z } from "zod";
import { DocumentType } from "@/generated/prisma/enums";

/** What a new document of a report or a deliverable holds, as the upload names it. */
export const ZDocumentType = z.enum(DocumentType);
