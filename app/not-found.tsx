import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/dashboard" className="mt-4 inline-block text-brand-600 underline">
        Back to the dashboard
      </Link>
    </div>
  );
}
