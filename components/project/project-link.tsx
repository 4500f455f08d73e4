import { Link } from "@/components/ui/link";

/** A project named by its acronym, linking to its page: how tables of projects name each one. */
export function ProjectLink({ project }: { project: { id: string; acronym: string } }) {
  return (
    <Link href={`/projects/${project.id}`} className="font-medium link">
      {project.acronym}
    </Link>
  );
}
