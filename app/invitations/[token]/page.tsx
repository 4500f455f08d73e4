import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AcceptInvitationForm } from "@/components/user/accept-invitation-form";
import { getOpenInvitation } from "@/lib/dal/invitations";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Invitation"))("title") };
}

/** Public: the secret token in the address is what admits the visitor. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const [t, labels] = await Promise.all([getTranslations("Invitation"), getTranslations("Labels")]);
  const { token } = await params;
  const invitation = token.length <= 200 ? await getOpenInvitation(token) : null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {invitation ? (
          <>
            <h1 className="mb-1 text-2xl font-bold">{t("welcome", { name: invitation.name })}</h1>
            <p className="mb-6 text-sm text-slate-600">
              {t("invited", { role: labels(`userRole.${invitation.role}`), email: invitation.email })}
            </p>
            <AcceptInvitationForm token={token} />
          </>
        ) : (
          <>
            <h1 className="mb-2 text-2xl font-bold">{t("unusable")}</h1>
            <p className="text-slate-700">{t("unusableHint")}</p>
            <Link href="/login" className="mt-4 inline-block link">
              {t("toSignIn")}
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
