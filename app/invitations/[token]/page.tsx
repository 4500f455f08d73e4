import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/user/accept-invitation-form";
import { getOpenInvitation } from "@/lib/dal/user-admin";
import { USER_ROLE_LABELS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Accept invitation" };

/** Public: the secret token in the address is what admits the visitor. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = token.length <= 200 ? await getOpenInvitation(token) : null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {invitation ? (
          <>
            <h1 className="mb-1 text-2xl font-bold">Welcome, {invitation.name}</h1>
            <p className="mb-6 text-sm text-slate-600">
              You are invited to Consortia as {USER_ROLE_LABELS[invitation.role]}. Choose a password for {invitation.email}.
            </p>
            <AcceptInvitationForm token={token} />
          </>
        ) : (
          <>
            <h1 className="mb-2 text-2xl font-bold">This invitation cannot be used</h1>
            <p className="text-slate-700">It has expired, has been replaced by a newer one, or has already been used. Ask an administrator to invite you again.</p>
            <Link href="/login" className="mt-4 inline-block text-brand-600 underline">
              Go to sign-in
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
