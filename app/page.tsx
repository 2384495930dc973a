import { redirect } from "next/navigation";

// The application list lives at /apps, where its search, sort and page are part of the URL.
export default function HomePage() {
  redirect("/apps");
}
